// DC019 port-convention: a profile's port plan gives every service a predictable host port
// (HTTP in one band, metrics at a fixed offset from it, databases in another) so stacks of
// many services never collide on a developer's machine.
#include <fnmatch.h>

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "compose/service.h"
#include "rules/compose/services.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "util/format.h"
#include "util/text.h"

namespace plimsoll::rules {
namespace {

constexpr kit::StringOption kHttpPorts{"http-ports", "7001-7020", "The band of host ports for services' HTTP ports."};
constexpr kit::IntOption kMetricsOffset{"metrics-offset", "2092",
                                        "A metrics (Prometheus) port is its HTTP port plus this."};
constexpr kit::StringOption kDatabasePorts{"database-ports", "5441-5460", "The band of host ports for databases."};
constexpr kit::ListOption kDatabaseImages{
    "database-images", "postgres*,postgis*,timescaledb*,mysql*,mariadb*,mongo*",
    "Globs over the last part of an image's repository that make a service a database."};
constexpr kit::ListOption kIgnoredPorts{"ignored-ports", "80,443", "Host ports the plan does not govern."};
constexpr OptionSpec kOptions[] = {kHttpPorts, kMetricsOffset, kDatabasePorts, kDatabaseImages, kIgnoredPorts};
constexpr RuleInfo kInfo{"DC019", "port-convention", core::Severity::kInfo, "compose",
                         "Profile port plan (e.g. HTTP 7001–7020, metrics = HTTP+2092, databases 5441–5460).",
                         "dc019_port_convention", kOptions};

struct Band {
  int low = 0;
  int high = -1;
  bool contains(int port) const { return port >= low && port <= high; }
  std::string text() const { return util::format("{}–{}", low, high); }
};

Band band(std::string_view text) {
  auto range = compose::parse_port_range(text);
  if (!range) return {};
  return {range->first, range->last};
}

// The last part of the image's repository, without tag or digest: `postgres` for
// `docker.io/library/postgres:17.2@sha256:…`.
std::string repository_name(std::string_view image) {
  image = image.substr(0, image.find('@'));
  std::size_t slash = image.rfind('/');
  if (slash != std::string_view::npos) image = image.substr(slash + 1);
  return util::to_lower_ascii(image.substr(0, image.find(':')));
}

bool is_database(const ServiceView& service, const std::vector<std::string>& globs) {
  const util::YamlNode* image = service.node.find("image");
  if (image == nullptr || !image->is_scalar()) return false;
  std::string name = repository_name(image->scalar);
  for (const auto& glob : globs) {
    if (::fnmatch(glob.c_str(), name.c_str(), 0) == 0) return true;
  }
  return false;
}

class PortConvention final : public kit::ServiceRule<kInfo> {
  void check(const ServiceView& service, ProjectContext& ctx) const override {
    const RuleSettings& settings = ctx.settings();
    Band http = band(option<kHttpPorts>(settings));
    Band databases = band(option<kDatabasePorts>(settings));
    int offset = static_cast<int>(option<kMetricsOffset>(settings));
    std::vector<std::string> database_images = option<kDatabaseImages>(settings);
    std::set<int> ignored;
    for (const auto& text : option<kIgnoredPorts>(settings)) {
      if (auto port = compose::parse_port_range(text)) ignored.insert(port->first);
    }
    std::vector<std::pair<int, const util::YamlNode*>> published;
    std::set<int> http_ports;
    for (const compose::Port& port : service.typed.ports) {
      auto range = port.published_range();  // ranges and random ports are not planned
      if (!range || range->first != range->last) continue;
      int value = range->first;
      if (ignored.contains(value)) continue;
      published.emplace_back(value, port.node);
      if (http.contains(value)) http_ports.insert(value);
    }
    bool database = is_database(service, database_images);
    for (const auto& [port, node] : published) {
      std::string problem;
      if (database) {
        if (!databases.contains(port)) {
          problem = util::format("database port {} is outside the plan's band {}", port, databases.text());
        }
      } else if (!http.contains(port) && !http_ports.contains(port - offset)) {
        problem = http.contains(port - offset)
                      ? util::format("metrics port {} belongs to HTTP port {}, which the service does not publish",
                                     port, port - offset)
                      : util::format("port {} is neither an HTTP port ({}) nor a metrics port (HTTP + {})", port,
                                     http.text(), offset);
      }
      if (problem.empty()) continue;
      ctx.report_node(kInfo, service.stack, *node,
                      util::format("service `{}`: {}; pick the service's ports from the port plan so stacks "
                                   "never collide",
                                   service.name, problem));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(dc019_port_convention, PortConvention)

}  // namespace plimsoll::rules
