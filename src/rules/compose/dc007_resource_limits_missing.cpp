// DC007 resource-limits-missing: one service without limits can take the host's memory or CPU
// and starve every other service on it.
#include <string>
#include <vector>

#include "rules/compose/services.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DC007", "resource-limits-missing", core::Severity::kWarning, "compose",
                         "`deploy.resources.limits` memory and cpus (reservations in production).",
                         "dc007_resource_limits_missing"};

const util::YamlNode* resources(const ServiceView& service, std::string_view part) {
  const util::YamlNode* deploy = service.node.find("deploy");
  const util::YamlNode* res = deploy != nullptr ? deploy->find("resources") : nullptr;
  return res != nullptr ? res->find(part) : nullptr;
}

class ResourceLimitsMissing final : public kit::ServiceRule<kInfo> {
  void check(const ServiceView& service, ProjectContext& ctx) const override {
    if (is_one_shot(service)) return;
    const util::YamlNode* limits = resources(service, "limits");
    std::vector<std::string> missing;
    // `mem_limit` and `cpus` are the older, still valid, spellings.
    if ((limits == nullptr || limits->find("memory") == nullptr) && service.node.find("mem_limit") == nullptr) {
      missing.push_back("memory");
    }
    if ((limits == nullptr || limits->find("cpus") == nullptr) && service.node.find("cpus") == nullptr) {
      missing.push_back("cpus");
    }
    if (!missing.empty()) {
      ctx.report_node(kInfo, service.stack, service.key,
                      util::format("service `{}` has no {} limit; set `deploy.resources.limits` (e.g. "
                                   "`{{memory: 512M, cpus: \"1.0\"}}`)",
                                   service.name, util::format("{}", fmt::join(missing, " or "))));
    }
    if (service.stack.is_production() && resources(service, "reservations") == nullptr) {
      ctx.report_node(kInfo, service.stack, service.key,
                      util::format("production service `{}` reserves nothing; set `deploy.resources.reservations` "
                                   "so the scheduler keeps room for it",
                                   service.name));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(dc007_resource_limits_missing, ResourceLimitsMissing)

}  // namespace plimsoll::rules
