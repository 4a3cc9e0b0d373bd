// DF040 secret-in-env-or-arg: ENV values and ARG values end up in the image config or its
// history, readable by anyone who can pull the image.
#include "knowledge/secret_names.h"
#include "knowledge/secret_values.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

using knowledge::SecretValue;

// What a value leaves in the image when it is not a credential at all: a switch, a number, a
// path to a secret file, a placeholder for a build step (`SECRET_KEY=dummy` for collectstatic).
bool holds_nothing(SecretValue v) {
  return v == SecretValue::kEmpty || v == SecretValue::kPlaceholder || v == SecretValue::kNotCredential;
}

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
        // `ENV NPM_TOKEN=$NPM_TOKEN` copies a build argument into the config: still reported.
        if (holds_nothing(knowledge::classify_secret_value(name, pair.value))) continue;
        ctx.report(kInfo, pair.key_span,
                   util::format("ENV `{}` bakes a credential into the image config; pass it at run time or use "
                                "`RUN --mount=type=secret,id={}` during the build", name, name));
      }
      return;
    }
    for (const auto& decl : in.typed.args()) {
      const std::string& name = decl.name;
      if (!knowledge::looks_like_secret_name(name)) continue;
      SecretValue value = decl.default_value ? knowledge::classify_secret_value(name, *decl.default_value)
                                             : SecretValue::kEmpty;
      // `ARG AUTH_ENABLED=true`: the value says the name is not about a credential.
      if (value == SecretValue::kNotCredential) continue;
      if (!holds_nothing(value)) {
        ctx.report(kInfo, decl.span,
                   util::format("ARG `{}` has a default value that is stored in the image history; use "
                                "`RUN --mount=type=secret,id={}` instead", name, name));
      } else {
        // Bare, or a placeholder default: the value that matters comes with --build-arg.
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
