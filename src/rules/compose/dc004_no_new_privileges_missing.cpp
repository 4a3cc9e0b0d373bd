// DC004 no-new-privileges-missing: without `no-new-privileges`, a setuid binary inside the
// container can still raise a process's privileges.
#include <string>

#include "rules/compose/hardening.h"
#include "rules/compose/service_keys.h"
#include "rules/compose/services.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "util/format.h"
#include "util/text.h"

namespace plimsoll::rules {
namespace {

core::Applicability safety(const ServiceView& service) {
  const knowledge::HardenedImage* image = hardened_image_of(service);
  return hardening_safety(image != nullptr && image->no_new_privileges ? image : nullptr);
}

constexpr RuleInfo kInfo{"DC004", "no-new-privileges-missing", core::Severity::kWarning, "compose",
                         "`security_opt` needs `no-new-privileges:true`.", "dc004_no_new_privileges_missing",
                         {}, Fixes::kOffered};

// `no-new-privileges`, `no-new-privileges:true` and `no-new-privileges=true`.
bool sets_no_new_privileges(const std::string& option) {
  std::string o = util::to_lower_ascii(util::trim_ascii_space(option));
  return o == "no-new-privileges" || o == "no-new-privileges:true" || o == "no-new-privileges=true";
}

// Safe for an image the table knows runs no setuid program; elsewhere a setuid helper (sudo,
// su, ping on some bases) may be what the service starts with.
class NoNewPrivilegesMissing final : public kit::ServiceRule<kInfo> {
  void check(const ServiceView& service, ProjectContext& ctx) const override {
    const util::YamlNode* options = service.node.find("security_opt");
    for (const util::YamlNode* item : items_of(options)) {
      if (item->is_scalar() && sets_no_new_privileges(item->scalar)) return;
    }
    ctx.report_node(kInfo, service.stack, options != nullptr ? *options : service.key,
                    util::format("service `{}` lets setuid programs gain privileges; add `security_opt: "
                                 "[\"no-new-privileges:true\"]`",
                                 service.name),
                    options != nullptr ? std::nullopt
                                       : add_service_keys(service, "Add security_opt: [\"no-new-privileges:true\"]",
                                                          {"security_opt: [\"no-new-privileges:true\"]"},
                                                          safety(service)));
  }
};

}  // namespace

PLIMSOLL_RULE(dc004_no_new_privileges_missing, NoNewPrivilegesMissing)

}  // namespace plimsoll::rules
