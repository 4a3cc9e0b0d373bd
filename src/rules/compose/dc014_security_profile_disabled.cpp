// DC014 security-profile-disabled: `security_opt` entries that switch off seccomp, AppArmor,
// SELinux labelling or the masked /proc paths remove the kernel-side guard rails.
#include <string>
#include <string_view>

#include "rules/compose/services.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "util/format.h"
#include "util/text.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DC014", "security-profile-disabled", core::Severity::kError, "compose",
                         "`seccomp:unconfined` / `apparmor:unconfined`.", "dc014_security_profile_disabled"};

struct Disabling {
  std::string_view key;
  std::string_view value;
  std::string_view what;
};

constexpr Disabling kDisablings[] = {
    {"seccomp", "unconfined", "the seccomp filter that blocks dangerous system calls"},
    {"apparmor", "unconfined", "the AppArmor profile that confines file and mount access"},
    {"label", "disable", "SELinux labelling that keeps it away from host files"},
    {"systempaths", "unconfined", "the masking of sensitive /proc and /sys paths"},
};

// `seccomp:unconfined` and `seccomp=unconfined` are both accepted by Docker.
const Disabling* disabling(std::string_view option) {
  option = util::trim_ascii_space(option);
  std::size_t sep = option.find_first_of(":=");
  if (sep == std::string_view::npos) return nullptr;
  std::string_view key = util::trim_ascii_space(option.substr(0, sep));
  std::string_view value = util::trim_ascii_space(option.substr(sep + 1));
  for (const Disabling& d : kDisablings) {
    if (util::iequals_ascii(key, d.key) && util::iequals_ascii(value, d.value)) return &d;
  }
  return nullptr;
}

class SecurityProfileDisabled final : public kit::ServiceRule<kInfo> {
  void check(const ServiceView& service, ProjectContext& ctx) const override {
    for (const util::YamlNode* item : items_of(service.node.find("security_opt"))) {
      if (!item->is_scalar()) continue;
      const Disabling* d = disabling(item->scalar);
      if (d == nullptr) continue;
      ctx.report_node(kInfo, service.stack, *item,
                      util::format("service `{}` sets `{}`: it turns off {}; drop it, or give a custom profile "
                                   "that allows only what the service needs (`{}=./profile.json`)",
                                   service.name, item->scalar, d->what, d->key));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(dc014_security_profile_disabled, SecurityProfileDisabled)

}  // namespace plimsoll::rules
