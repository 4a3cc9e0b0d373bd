// DC022 published-on-all-interfaces: a port published without a host IP listens on every
// interface of the host, and Docker's iptables rules bypass the host firewall for it.
#include <string>

#include "rules/compose/services.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DC022", "published-on-all-interfaces", core::Severity::kInfo, "compose",
                         "Ports published without a host IP listen on every interface.",
                         "dc022_published_on_all_interfaces"};

std::string written(const compose::Port& port) {
  if (port.node->is_scalar()) return port.node->scalar;
  return util::format("target: {}{}", port.target, port.published.empty() ? "" : ", published: " + port.published);
}

std::string suggestion(const compose::Port& port) {
  std::string published = port.published.empty() ? port.target : port.published;
  std::string protocol = port.protocol.empty() ? "" : "/" + port.protocol;
  if (port.node->is_scalar()) return util::format("\"127.0.0.1:{}:{}{}\"", published, port.target, protocol);
  return "`host_ip: 127.0.0.1`";
}

class PublishedOnAllInterfaces final : public kit::ServiceRule<kInfo> {
  void check(const ServiceView& service, ProjectContext& ctx) const override {
    for (const compose::Port& port : service.typed.ports) {
      if (!port.host_ip.empty()) continue;
      ctx.report_node(kInfo, service.stack, *port.node,
                      util::format("service `{}` publishes `{}` on every interface{}: anyone who can reach the "
                                   "host can connect, and Docker's iptables rules bypass the host firewall; bind it "
                                   "to loopback ({}) or name the interface's address on purpose",
                                   service.name, written(port),
                                   port.published.empty() ? " (on a random host port)" : "", suggestion(port)));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(dc022_published_on_all_interfaces, PublishedOnAllInterfaces)

}  // namespace plimsoll::rules
