// DC021 dev-file-convention: the dev compose file runs the image on a developer's machine;
// the profile asks for a fixed container name, published ports, an env file and a restart
// policy so every project starts and behaves the same way locally.
#include <string>
#include <vector>

#include "project/stacks.h"
#include "rules/compose/services.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "util/format.h"
#include "util/text.h"

namespace plimsoll::rules {
namespace {

constexpr kit::ListOption kRequiredKeys{
    "required-keys", "container_name,ports,env_file,restart",
    "Keys every service of a dev file must have (in the dev file or a file merged before it)."};
constexpr kit::StringOption kRestartPolicy{"restart-policy", "unless-stopped",
                                           "The `restart:` value expected; empty: any."};
constexpr OptionSpec kOptions[] = {kRequiredKeys, kRestartPolicy};
constexpr RuleInfo kInfo{"DC021", "dev-file-convention", core::Severity::kInfo, "compose",
                         "Dev file: `container_name`, ports, `env_file`, `restart: unless-stopped`.",
                         "dc021_dev_file_convention", kOptions};

bool is_dev_file(std::string_view path) {
  std::string env = project::environment_name(path);
  return env == "dev" || env == "development" || env == "local";
}

class DevFileConvention final : public kit::ProjectRule<kInfo> {
  void check(ProjectContext& ctx) const override {
    std::vector<std::string> required = option<kRequiredKeys>(ctx.settings());
    std::string policy = option<kRestartPolicy>(ctx.settings());
    for (const auto& stack : ctx.project().stacks) {
      const util::YamlNode* merged = stack.merged.find("services");
      if (merged == nullptr) continue;
      for (const auto& doc : stack.documents) {
        const util::YamlNode* services = doc.loaded && is_dev_file(doc.path) ? doc.root.find("services") : nullptr;
        if (services == nullptr || !services->is_map()) continue;
        for (const auto& entry : services->entries) {
          const util::YamlNode* service = merged->find(entry.key.scalar);
          if (service == nullptr || !service->is_map()) continue;
          check_service(ctx, stack, entry.key, *service, required, policy);
        }
      }
    }
  }

 private:
  static void check_service(ProjectContext& ctx, const project::ComposeStack& stack, const util::YamlNode& key,
                            const util::YamlNode& service, const std::vector<std::string>& required,
                            const std::string& policy) {
    std::string missing;
    for (const auto& name : required) {
      const util::YamlNode* value = service.find(name);
      bool empty = value == nullptr || value->kind == util::YamlNode::Kind::kNull ||
                   (value->is_sequence() && value->items.empty());
      if (empty) missing += (missing.empty() ? "`" : ", `") + name + "`";
    }
    if (!missing.empty()) {
      ctx.report_node(kInfo, stack, key,
                      util::format("dev service `{}` lacks {}: the dev file should name the container, publish its "
                                   "ports, load its `.env` and restart it `{}`",
                                   key.scalar, missing, policy.empty() ? "unless-stopped" : policy));
    }
    const util::YamlNode* restart = service.find("restart");
    if (restart != nullptr && restart->is_scalar() && !policy.empty() &&
        !util::iequals_ascii(util::trim_ascii_space(restart->scalar), policy)) {
      ctx.report_node(kInfo, stack, *restart,
                      util::format("dev service `{}` restarts `{}`; the dev file convention is `restart: {}` (it "
                                   "comes back after a reboot but stays down once stopped)",
                                   key.scalar, restart->scalar, policy));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(dc021_dev_file_convention, DevFileConvention)

}  // namespace plimsoll::rules
