// DC013 host-namespace-shared: a service in the host's network, PID, IPC, UTS or user
// namespace sees and reaches what the host's own processes do.
#include <string_view>

#include "rules/compose/services.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "util/format.h"
#include "util/text.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DC013", "host-namespace-shared", core::Severity::kError, "compose",
                         "`network_mode: host`, `pid: host`, `ipc: host`, `userns_mode: host`.",
                         "dc013_host_namespace_shared"};

struct Namespace {
  std::string_view key;
  std::string_view consequence;
};

constexpr Namespace kNamespaces[] = {
    {"network_mode", "binds and sniffs on every host interface and reaches services listening on localhost"},
    {"pid", "sees every host process and can signal or ptrace them"},
    {"ipc", "shares the host's shared memory and semaphores"},
    {"uts", "can change the host's hostname"},
    {"userns_mode", "runs outside user-namespace remapping, so its root is the host's root"},
};

class HostNamespaceShared final : public kit::ServiceRule<kInfo> {
  void check(const ServiceView& service, ProjectContext& ctx) const override {
    for (const Namespace& ns : kNamespaces) {
      const util::YamlNode* value = service.node.find(ns.key);
      if (value == nullptr || !value->is_scalar()) continue;
      if (!util::iequals_ascii(util::trim_ascii_space(value->scalar), "host")) continue;
      ctx.report_node(kInfo, service.stack, *value,
                      util::format("service `{}` sets `{}: host`: it {}; remove it (for networking publish the "
                                   "ports it serves, or join another service with `service:<name>`)",
                                   service.name, ns.key, ns.consequence));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(dc013_host_namespace_shared, HostNamespaceShared)

}  // namespace plimsoll::rules
