// DC005 capabilities-not-dropped: the default capability set (chown, setuid, raw sockets, …) is
// more than a service needs; drop all of them and add back the few it does.
#include <algorithm>
#include <string>
#include <vector>

#include "rules/compose/hardening.h"
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

// For an image the table knows: `cap_drop: [ALL]` with `cap_add` of what its entrypoint needs,
// a safe fix. Elsewhere `cap_drop: [ALL]` alone, unsafe: an entrypoint that chowns its data and
// switches user (postgres, redis) stops. A service that already has `cap_add` gets only
// `cap_drop` (its list was written on purpose), unsafe unless it keeps all the image needs.
std::optional<core::Fix> drop_fix(const ServiceView& service) {
  const knowledge::HardenedImage* image = hardened_image_of(service);
  std::vector<std::string> needed = image != nullptr ? image->cap_add : std::vector<std::string>{};
  if (const util::YamlNode* add = service.node.find("cap_add"); add != nullptr) {
    std::vector<std::string> kept;
    for (const util::YamlNode* n : items_of(add)) {
      if (n->is_scalar()) kept.push_back(capability(n->scalar));
    }
    bool covers = image != nullptr && std::all_of(needed.begin(), needed.end(), [&](const std::string& c) {
      return std::find(kept.begin(), kept.end(), c) != kept.end();
    });
    return add_service_keys(service, "Add cap_drop: [ALL]", {"cap_drop: [ALL]"},
                            covers ? core::Applicability::kSafe : core::Applicability::kUnsafe);
  }
  if (needed.empty()) {
    return add_service_keys(service, "Add cap_drop: [ALL]", {"cap_drop: [ALL]"}, hardening_safety(image));
  }
  std::string list = util::format("[{}]", fmt::join(needed, ", "));
  return add_service_keys(service, "Add cap_drop: [ALL] and cap_add: " + list, {"cap_drop: [ALL]", "cap_add: " + list},
                          core::Applicability::kSafe);
}

class CapabilitiesNotDropped final : public kit::ServiceRule<kInfo> {
  void check(const ServiceView& service, ProjectContext& ctx) const override {
    std::vector<std::string> allowed;
    for (const auto& a : option<kAllowed>(ctx.settings())) allowed.push_back(capability(a));
    // What the image's own start needs (the table of official images) is allowed for it.
    if (const knowledge::HardenedImage* image = hardened_image_of(service); image != nullptr) {
      allowed.insert(allowed.end(), image->cap_add.begin(), image->cap_add.end());
    }
    const util::YamlNode* drop = service.node.find("cap_drop");
    auto dropped = items_of(drop);
    bool all = std::any_of(dropped.begin(), dropped.end(),
                           [](const util::YamlNode* n) { return n->is_scalar() && capability(n->scalar) == "ALL"; });
    if (!all) {
      ctx.report_node(kInfo, service.stack, drop != nullptr ? *drop : service.key,
                      util::format("service `{}` keeps Docker's default capabilities; add `cap_drop: [ALL]` and "
                                   "`cap_add` only what it needs",
                                   service.name),
                      drop != nullptr ? std::nullopt : drop_fix(service));
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
