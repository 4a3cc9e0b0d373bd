// DF042 secret-file-copied: COPY/ADD of `.env`, keys or package-manager credentials puts them in
// a layer, where they stay even if a later RUN deletes them.
#include "knowledge/secret_files.h"
#include "rules/dockerfile/dockerfile_rules.h"
#include "rules/dockerfile/helpers.h"
#include "rules/file_context.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF042", "secret-file-copied", core::Severity::kError, "dockerfile",
                         "`COPY`/`ADD` of `.env`, keys, `.npmrc`/`.pypirc`, cloud credential files.",
                         "df042_secret_file_copied"};

class SecretFileCopied final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }
  Interest interest() const override { return Interest::on({dockerfile::Keyword::kCopy, dockerfile::Keyword::kAdd}); }
  void on_instruction(const dockerfile::Instruction& copy, FileContext& ctx) const override {
    if (find_flag(copy, "from") != nullptr || copy.args.size() < 2) return;  // other stages and images
    for (std::size_t i = 0; i + 1 < copy.args.size(); ++i) {
      const dockerfile::Argument& source = copy.args[i];
      if (source.value.find('$') != std::string::npos || source.value.rfind("<<", 0) == 0) continue;
      if (!knowledge::is_secret_file(source.value)) continue;
      ctx.report(kInfo, source.span,
                 util::format("`{}` holds credentials and would be baked into a layer; mount it only while it is "
                              "needed (`RUN --mount=type=secret,id=…`) and list it in .dockerignore",
                              source.value));
    }
  }
};

}  // namespace

const Rule& df042_secret_file_copied() {
  static const SecretFileCopied rule;
  return rule;
}

}  // namespace plimsoll::rules
