// DC005 capabilities-not-dropped: the default capability set (chown, setuid, raw sockets, …) is
// more than a service needs; drop all of them and add back the few it does.
#include <algorithm>
#include <string>
#include <vector>

#include "rules/compose/service_keys.h"
#include "rules/compose/services.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "util/format.h"
#include "util/text.h"

namespace plimsoll::rules {
namespace {

constexpr kit::ListOption kAllowed{"allowed", "NET_BIND_SERVICE",
                                   "Capabilities `cap_add` may name (with or without the `CAP_` prefix)."};
constexpr OptionSpec kOptions[] = {kAllowed};
constexpr RuleInfo kInfo{"DC005", "capabilities-not-dropped", core::Severity::kWarning, "compose",
                         "`cap_drop: [ALL]` expected; `cap_add` only from an allow-list (default `NET_BIND_SERVICE`).",
                         "dc005_capabilities_not_dropped", kOptions, Fixes::kOffered};

std::string capability(std::string_view written) {
  std::string c = util::to_upper_ascii(util::trim_ascii_space(written));
  if (c.starts_with("CAP_")) c.erase(0, 4);
  return c;
}

class CapabilitiesNotDropped final : public kit::ServiceRule<kInfo> {
  void check(const ServiceView& service, ProjectContext& ctx) const override {
    std::vector<std::string> allowed;
    for (const auto& a : option<kAllowed>(ctx.settings())) allowed.push_back(capability(a));
    const util::YamlNode* drop = service.node.find("cap_drop");
    auto dropped = items_of(drop);
    bool all = std::any_of(dropped.begin(), dropped.end(),
                           [](const util::YamlNode* n) { return n->is_scalar() && capability(n->scalar) == "ALL"; });
    if (!all) {
      ctx.report_node(kInfo, service.stack, drop != nullptr ? *drop : service.key,
                      util::format("service `{}` keeps Docker's default capabilities; add `cap_drop: [ALL]` and "
                                   "`cap_add` only what it needs",
                                   service.name),
                      drop != nullptr ? std::nullopt : add_service_keys(service, "Add cap_drop: [ALL]", {"cap_drop: [ALL]"}));
    }
    for (const util::YamlNode* added : items_of(service.node.find("cap_add"))) {
      if (!added->is_scalar()) continue;
      std::string cap = capability(added->scalar);
      if (std::find(allowed.begin(), allowed.end(), cap) != allowed.end()) continue;
      ctx.report_node(kInfo, service.stack, *added,
                      util::format("service `{}` adds capability `{}`, which is not in the allowed list ({}); "
                                   "remove it or allow it in `.plimsoll.yaml`",
                                   service.name, cap, util::format("{}", fmt::join(allowed, ", "))));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(dc005_capabilities_not_dropped, CapabilitiesNotDropped)

}  // namespace plimsoll::rules
