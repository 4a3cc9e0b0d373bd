// DC009 restart-policy-missing: a service without a restart policy stays down after a crash or
// a host reboot until somebody notices.
#include "rules/compose/services.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DC009", "restart-policy-missing", core::Severity::kInfo, "compose",
                         "Long-running services need `restart: unless-stopped` (or a deploy restart policy).",
                         "dc009_restart_policy_missing"};

class RestartPolicyMissing final : public kit::ServiceRule<kInfo> {
  void check(const ServiceView& service, ProjectContext& ctx) const override {
    if (is_one_shot(service) || service.node.find("restart") != nullptr) return;
    const util::YamlNode* deploy = service.node.find("deploy");
    if (deploy != nullptr && deploy->find("restart_policy") != nullptr) return;
    ctx.report_node(kInfo, service.stack, service.key,
                    util::format("service `{}` has no restart policy, so it stays down after a crash or reboot; "
                                 "add `restart: unless-stopped` (or `restart: \"no\"` for a one-shot task)",
                                 service.name));
  }
};

}  // namespace

PLIMSOLL_RULE(dc009_restart_policy_missing, RestartPolicyMissing)

}  // namespace plimsoll::rules
