// EN003 env-syntax: compose reads env files with its own parser; lines it rejects stop
// `docker compose up`, and lines it reads differently from how they look set wrong values.
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"EN003", "env-syntax", core::Severity::kError, "env",
                         "Lines that `docker compose` would reject or misread.", "en003_env_syntax"};

class EnvSyntax final : public kit::EnvFileRule<kInfo> {
  void check(const project::LoadedEnvFile& env, ProjectContext& ctx) const override {
    for (const auto& d : env.env.diagnostics) ctx.report(kInfo, env.source, d.span, d.message);
  }
};

}  // namespace

PLIMSOLL_RULE(en003_env_syntax, EnvSyntax)

}  // namespace plimsoll::rules
