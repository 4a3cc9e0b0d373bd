// DC003 privileged: `privileged: true` gives the container every capability and every device
// of the host; nothing the standard ships needs it.
#include "rules/compose/services.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DC003", "privileged", core::Severity::kError, "compose", "`privileged: true`.",
                         "dc003_privileged"};

class Privileged final : public kit::ServiceRule<kInfo> {
  void check(const ServiceView& service, ProjectContext& ctx) const override {
    const util::YamlNode* privileged = service.node.find("privileged");
    if (!is_true(privileged)) return;
    ctx.report_node(kInfo, service.stack, *privileged,
                    util::format("service `{}` runs privileged: it gets every capability and host device; drop "
                                 "`privileged: true` and add only the capability it needs with `cap_add`",
                                 service.name));
  }
};

}  // namespace

PLIMSOLL_RULE(dc003_privileged, Privileged)

}  // namespace plimsoll::rules
