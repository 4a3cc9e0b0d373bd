// DF042 secret-file-copied: COPY/ADD of `.env`, keys or package-manager credentials puts them in
// a layer, where they stay even if a later RUN deletes them.
#include "knowledge/secret_files.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF042", "secret-file-copied", core::Severity::kError, "dockerfile",
                         "`COPY`/`ADD` of `.env`, keys, `.npmrc`/`.pypirc`, cloud credential files.",
                         "df042_secret_file_copied"};

class SecretFileCopied final
    : public kit::InstructionRule<kInfo, dockerfile::Keyword::kCopy, dockerfile::Keyword::kAdd> {
  void check(const dockerfile::Instruction& copy, FileContext& ctx) const override {
    const auto* typed = copy.typed.copy();
    if (!typed || !typed->from_context() || !typed->destination) return;  // other stages and images
    for (const auto& source : typed->sources) {
      if (source.path.find('$') != std::string::npos || source.inline_file) continue;
      if (!knowledge::is_secret_file(source.path)) continue;
      ctx.report(kInfo, source.span,
                 util::format("`{}` holds credentials and would be baked into a layer; mount it only while it is "
                              "needed (`RUN --mount=type=secret,id=…`) and list it in .dockerignore",
                              source.path));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df042_secret_file_copied, SecretFileCopied)

}  // namespace plimsoll::rules
