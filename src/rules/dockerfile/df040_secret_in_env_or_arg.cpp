// DF040 secret-in-env-or-arg: ENV values and ARG values end up in the image config or its
// history, readable by anyone who can pull the image.
#include "knowledge/secret_names.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF040", "secret-in-env-or-arg", core::Severity::kError, "dockerfile",
                         "ENV/ARG whose name looks like a credential must not carry a value.",
                         "df040_secret_in_env_or_arg"};

class SecretInEnvOrArg final
    : public kit::InstructionRule<kInfo, dockerfile::Keyword::kEnv, dockerfile::Keyword::kArg> {
  void check(const dockerfile::Instruction& in, FileContext& ctx) const override {
    if (in.kind == dockerfile::Keyword::kEnv) {
      for (const auto& pair : in.typed.pairs()) {
        const std::string& name = pair.key;
        if (!knowledge::looks_like_secret_name(name)) continue;
        ctx.report(kInfo, pair.key_span,
                   util::format("ENV `{}` bakes a credential into the image config; pass it at run time or use "
                                "`RUN --mount=type=secret,id={}` during the build", name, name));
      }
      return;
    }
    for (const auto& decl : in.typed.args()) {
      const std::string& name = decl.name;
      if (!knowledge::looks_like_secret_name(name)) continue;
      if (decl.default_value) {
        ctx.report(kInfo, decl.span,
                   util::format("ARG `{}` has a default value that is stored in the image history; use "
                                "`RUN --mount=type=secret,id={}` instead", name, name));
      } else {
        ctx.report(kInfo, decl.span,
                   util::format("ARG `{}` looks like a credential: build-arg values are recorded in the image "
                                "history; use `RUN --mount=type=secret,id={}` instead", name, name),
                   {}, core::Severity::kWarning);
      }
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df040_secret_in_env_or_arg, SecretInEnvOrArg)

}  // namespace plimsoll::rules
