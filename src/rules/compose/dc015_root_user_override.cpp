// DC015 root-user-override: `user:` in compose wins over the image's USER, so `user: root`
// undoes a non-root image and runs the service as UID 0.
#include <string>
#include <string_view>

#include "dockerfile/model.h"

#include "rules/compose/services.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "util/format.h"
#include "util/text.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DC015", "root-user-override", core::Severity::kError, "compose", "`user: root` / `0`.",
                         "dc015_root_user_override"};

// `root`, `0`, `root:root`, `0:0`, `0:1000`: the user part decides; a root group alone does not.
bool is_root_user(std::string_view user) {
  user = util::trim_ascii_space(user);
  std::string_view name = user.substr(0, user.find(':'));
  if (name == "root") return true;
  if (name.empty()) return false;
  for (char c : name) {
    if (c != '0') return false;
  }
  return true;
}

class RootUserOverride final : public kit::ServiceRule<kInfo> {
  void check(const ServiceView& service, ProjectContext& ctx) const override {
    const util::YamlNode* user = service.node.find("user");
    if (user == nullptr || !user->is_scalar() || !is_root_user(user->scalar)) return;
    // Cross-file: say which non-root USER of the built image this undoes.
    std::string undoes;
    if (const dockerfile::Stage* stage = built_final_stage(ctx.project(), service);
        stage != nullptr && !stage->user_value.empty() && !is_root_user(stage->user_value)) {
      undoes = util::format(", undoing the `USER {}` of the image it builds", stage->user_value);
    }
    ctx.report_node(kInfo, service.stack, *user,
                    util::format("service `{}` runs as root (`user: {}`){}: a compromise of the process is root in "
                                 "the container, one kernel bug from root on the host; use the image's non-root "
                                 "user (drop `user:`) or a fixed UID such as `user: \"1000:1000\"`",
                                 service.name, user->scalar, undoes));
  }
};

}  // namespace

PLIMSOLL_RULE(dc015_root_user_override, RootUserOverride)

}  // namespace plimsoll::rules
