// DC008 healthcheck-missing: without a healthcheck, compose reports a hung service as running,
// and `depends_on: condition: service_healthy` cannot wait for it.
#include "rules/compose/services.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "util/format.h"
#include "util/text.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DC008", "healthcheck-missing", core::Severity::kInfo, "compose",
                         "A service without a healthcheck in compose or in its image; `disable: true` flagged.",
                         "dc008_healthcheck_missing"};

bool disables(const util::YamlNode& healthcheck) {
  if (is_true(healthcheck.find("disable"))) return true;
  const util::YamlNode* test = healthcheck.find("test");
  if (test == nullptr) return false;
  const util::YamlNode* first = test->is_sequence() && !test->items.empty() ? &test->items.front() : test;
  return first->is_scalar() && util::iequals_ascii(first->scalar, "NONE");
}

class HealthcheckMissing final : public kit::ServiceRule<kInfo> {
  void check(const ServiceView& service, ProjectContext& ctx) const override {
    if (is_one_shot(service)) return;
    if (const util::YamlNode* healthcheck = service.node.find("healthcheck"); healthcheck != nullptr) {
      if (disables(*healthcheck)) {
        ctx.report_node(kInfo, service.stack, *healthcheck,
                        util::format("service `{}` turns its healthcheck off; give it a real one", service.name));
      }
      return;
    }
    // What the service builds may carry its own HEALTHCHECK.
    if (const dockerfile::Stage* stage = built_final_stage(ctx.project(), service); stage != nullptr) {
      const dockerfile::Instruction* check = stage->healthcheck;
      if (check != nullptr && !(check->args.size() == 1 && util::iequals_ascii(check->args[0].value, "NONE"))) return;
    }
    ctx.report_node(kInfo, service.stack, service.key,
                    util::format("service `{}` has no healthcheck{}; add `healthcheck:` with `test`, `interval`, "
                                 "`timeout` and `retries`",
                                 service.name,
                                 service.typed.build ? " here or in the image it builds" : ""));
  }
};

}  // namespace

PLIMSOLL_RULE(dc008_healthcheck_missing, HealthcheckMissing)

}  // namespace plimsoll::rules
