// DC012 sensitive-mount: the Docker socket or a host system or credential directory mounted
// into a container hands it the host (or the user's keys), whatever runs inside.
#include <string>
#include <vector>

#include "rules/compose/services.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "util/format.h"
#include "util/path.h"

namespace plimsoll::rules {
namespace {

constexpr kit::ListOption kSensitivePaths{
    "sensitive-paths",
    "/,/etc,/proc,/sys,/dev,/boot,/lib,/usr,/root,/var/run,/run,~/.ssh,~/.aws,~/.kube,~/.gnupg,~/.docker",
    "Host paths that must not be mounted: the path itself in any mode, a path below it unless read-only "
    "(`~/…` entries: in any mode). `/` matches only itself; below `/root` (a home) only the `~/…` entries count."};
constexpr OptionSpec kOptions[] = {kSensitivePaths};
constexpr RuleInfo kInfo{"DC012", "sensitive-mount", core::Severity::kError, "compose",
                         "Docker socket or sensitive host paths (`/`, `/etc`, `/proc`, `/var/run`, `~/.ssh`) mounted.",
                         "dc012_sensitive_mount", kOptions};

constexpr std::string_view kSockets[] = {"docker.sock", "podman.sock", "containerd.sock"};

// Lexically normal, with the home directory (`~`, `/home/<user>`, `/Users/<user>`) as `~`. Below
// `/root`, root's home, is `~` too: `/root/app/data` is a directory of the user's choosing, as
// `/home/me/app/data` is, and `/root/.ssh` is their keys; `/root` itself stays a system path.
std::string normal_host_path(std::string_view path) {
  std::string out = util::normal_path(path);
  if (out.starts_with("/root/")) return "~" + out.substr(5);
  for (std::string_view homes : {"/home/", "/Users/"}) {
    if (!out.starts_with(homes)) continue;
    std::size_t slash = out.find('/', homes.size());
    out = slash == std::string::npos ? "~" : "~" + out.substr(slash);
  }
  return out;
}

bool is_socket(std::string_view path) {
  std::string_view name = util::basename(path);
  for (std::string_view socket : kSockets) {
    if (name == socket) return true;
  }
  return false;
}

// The sensitive entry `path` falls under, or "" when none does.
std::string sensitive_match(const std::vector<std::string>& entries, const std::string& path, bool read_only) {
  for (const auto& raw : entries) {
    std::string entry = normal_host_path(raw);
    if (path == entry) return entry;
    if (entry == "/") continue;
    bool below = util::is_inside(path, entry);  // not equal: that returned above
    if (below && (!read_only || entry.starts_with('~'))) return entry;
  }
  return {};
}

// Shared data trees below /usr: a writable mount there lets the container change files host
// programs read as data, not the host's programs, configuration or kernel, so it is a warning.
bool is_host_data_tree(const std::string& path) {
  for (std::string_view tree : {"/usr/share", "/usr/local/share"}) {
    if (util::is_inside(path, tree)) return true;
  }
  return false;
}

// A named volume that the local driver binds to a host directory (`driver_opts: {o: bind, device: …}`).
std::string bound_device(const project::ComposeStack& stack, const std::string& name) {
  if (name.empty()) return {};
  const util::YamlNode* volumes = stack.merged.find("volumes");
  const util::YamlNode* volume = volumes != nullptr ? volumes->find(name) : nullptr;
  const util::YamlNode* opts = volume != nullptr ? volume->find("driver_opts") : nullptr;
  if (opts == nullptr) return {};
  const util::YamlNode* o = opts->find("o");
  const util::YamlNode* device = opts->find("device");
  if (o == nullptr || device == nullptr || !o->is_scalar() || !device->is_scalar()) return {};
  if (o->scalar.find("bind") == std::string::npos) return {};
  return stack.as_written(*device);
}

class SensitiveMount final : public kit::ServiceRule<kInfo> {
  void check(const ServiceView& service, ProjectContext& ctx) const override {
    std::vector<std::string> entries = option<kSensitivePaths>(ctx.settings());
    if (const util::YamlNode* api = service.node.find("use_api_socket"); is_true(api)) {
      ctx.report_node(kInfo, service.stack, *api,
                      util::format("service `{}` sets `use_api_socket: true`: it can drive the Docker daemon and so "
                                   "the host; drop it unless the service is a trusted CI or deploy tool",
                                   service.name));
    }
    for (const compose::Mount& mount : service.typed.volumes) {
      if (mount.type != "bind" && mount.type != "volume") continue;
      std::string host = mount.type == "volume" ? bound_device(service.stack, mount.source) : mount.source;
      if (host.empty() || host.starts_with('.')) continue;
      std::string path = normal_host_path(host);
      if (is_socket(path)) {
        ctx.report_node(kInfo, service.stack, *mount.node,
                        util::format("service `{}` mounts the container engine socket `{}`: whoever controls the "
                                     "container controls the daemon and every other container, and owns the host "
                                     "(`:ro` does not help); use a socket proxy that allows only the calls it needs",
                                     service.name, host));
        continue;
      }
      std::string entry = sensitive_match(entries, path, mount.read_only);
      if (entry.empty()) continue;
      if (!mount.read_only && is_host_data_tree(path)) {
        ctx.report_node(kInfo, service.stack, *mount.node,
                        util::format("service `{}` mounts the host data directory `{}` writable: the container can "
                                     "change files that host programs read; keep the service's data in a named "
                                     "volume or a directory of its own outside /usr",
                                     service.name, host),
                        {}, core::Severity::kWarning);
        continue;
      }
      ctx.report_node(kInfo, service.stack, *mount.node,
                      util::format("service `{}` mounts the sensitive host path `{}`{}: a process in the container "
                                   "can read or change the host's {}; mount only the file or directory it needs, "
                                   "read-only",
                                   service.name, host, mount.read_only ? " (read-only)" : "",
                                   entry.starts_with('~') ? "credentials" : "system files"));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(dc012_sensitive_mount, SensitiveMount)

}  // namespace plimsoll::rules
