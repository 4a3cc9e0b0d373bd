// DC017 dev-mount-writable: in development the source is bind-mounted for live reload; the
// container only needs to read it, and a writable mount lets it change the developer's tree.
#include <fnmatch.h>

#include <string>
#include <vector>

#include "rules/compose/services.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "util/format.h"
#include "util/path.h"

namespace plimsoll::rules {
namespace {

constexpr kit::ListOption kWritablePaths{
    "writable-paths", "data,data-*,db,logs,log,tmp,cache,.cache,uploads,media,storage,output,out,coverage,node_modules",
    "Globs over the last component of a host directory that may stay writable (data, logs, caches)."};
constexpr OptionSpec kOptions[] = {kWritablePaths};
constexpr RuleInfo kInfo{"DC017", "dev-mount-writable", core::Severity::kInfo, "compose",
                         "Source mounted into dev containers should be `:ro`.", "dc017_dev_mount_writable", kOptions};

// A path in the project: `.`, `./src`, `../lib`, or a long-syntax bind source such as `src`.
bool is_relative(const std::string& path) { return !path.empty() && path[0] != '/' && path[0] != '~'; }

std::string last_component(const std::string& path) {
  return std::string(util::basename(util::normal_path(path)));
}

bool may_stay_writable(const std::vector<std::string>& globs, const std::string& path) {
  std::string name = last_component(path);
  for (const auto& glob : globs) {
    if (::fnmatch(glob.c_str(), name.c_str(), 0) == 0) return true;
  }
  return false;
}

class DevMountWritable final : public kit::ServiceRule<kInfo> {
  void check(const ServiceView& service, ProjectContext& ctx) const override {
    std::vector<std::string> writable = option<kWritablePaths>(ctx.settings());
    if (!service.stack.is_development()) return;
    for (const compose::Mount& mount : service.typed.volumes) {
      if (mount.type != "bind" || mount.read_only || !is_relative(mount.source)) continue;
      if (!mount.long_syntax && !mount.source.starts_with('.')) continue;  // a named volume
      if (may_stay_writable(writable, mount.source)) continue;
      ctx.report_node(kInfo, service.stack, *mount.node,
                      util::format("service `{}` mounts `{}` at `{}` writable: the container can change (or "
                                   "delete) the source tree it only needs to read; add `:ro` (long syntax: "
                                   "`read_only: true`)",
                                   service.name, mount.source, mount.target));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(dc017_dev_mount_writable, DevMountWritable)

}  // namespace plimsoll::rules
