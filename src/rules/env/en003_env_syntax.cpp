// EN003 env-syntax: compose reads env files with its own parser; lines it rejects stop
// `docker compose up`, and lines it reads differently from how they look set wrong values.
#include "rules/env/env_rules.h"
#include "rules/project_context.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"EN003", "env-syntax", core::Severity::kError, "env",
                         "Lines that `docker compose` would reject or misread.", "en003_env_syntax"};

class EnvSyntax final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }
  Interest interest() const override { return Interest::at_project(); }
  void on_project(ProjectContext& ctx) const override {
    for (const auto& env : ctx.project().env_files) {
      if (!env.checked) continue;
      for (const auto& d : env.env.diagnostics) ctx.report(kInfo, env.source, d.span, d.message);
    }
  }
};

}  // namespace

const Rule& en003_env_syntax() {
  static const EnvSyntax rule;
  return rule;
}

}  // namespace plimsoll::rules
