// DC006 root-filesystem-writable: a read-only root filesystem stops an intruder from dropping
// tools or changing the application; `/tmp` then needs a small, non-executable tmpfs.
#include "rules/compose/hardening.h"
#include "rules/compose/service_keys.h"
#include "rules/compose/services.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "util/format.h"
#include "util/path.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DC006", "root-filesystem-writable", core::Severity::kInfo, "compose",
                         "`read_only: true` with `tmpfs` for `/tmp` (`noexec,nosuid,size=…`).",
                         "dc006_root_filesystem_writable", {}, Fixes::kOffered};

// Small and not executable: what a read-only service needs for temporary files.
constexpr std::string_view kTmpfsLine = "tmpfs: [\"/tmp:noexec,nosuid,size=64m\"]";

bool has_tmp_tmpfs(const ServiceView& service) {
  for (const util::YamlNode* item : items_of(service.node.find("tmpfs"))) {
    // `/tmp:size=64m`: the path ends at the options; `/tmp/` is `/tmp`.
    if (item->is_scalar() && util::normal_path(item->scalar.substr(0, item->scalar.find(':'))) == "/tmp") return true;
  }
  for (const compose::Mount& m : service.typed.volumes) {
    if (m.type == "tmpfs" && m.target == "/tmp") return true;
  }
  return false;
}

// `read_only: true` with a tmpfs for every path the image writes outside its volumes, safe for
// an image the table knows runs read-only; none for one it knows cannot (Elasticsearch writes
// its config directory); `/tmp` alone, unsafe, for an unknown image or one the service builds.
std::optional<core::Fix> read_only_fix(const ServiceView& service) {
  const knowledge::HardenedImage* image = hardened_image_of(service);
  if (image == nullptr) {
    return add_service_keys(service, "Add read_only: true with a tmpfs for /tmp",
                            {"read_only: true", std::string(kTmpfsLine)}, core::Applicability::kUnsafe);
  }
  if (!image->read_only) return std::nullopt;
  std::string items;
  for (const auto& t : image->tmpfs) items += (items.empty() ? "\"" : ", \"") + t + "\"";
  return add_service_keys(service, "Add read_only: true with the tmpfs mounts the image writes",
                          {"read_only: true", "tmpfs: [" + items + "]"}, core::Applicability::kSafe);
}

class RootFilesystemWritable final : public kit::ServiceRule<kInfo> {
  void check(const ServiceView& service, ProjectContext& ctx) const override {
    if (is_one_shot(service)) return;
    const util::YamlNode* read_only = service.node.find("read_only");
    if (!is_true(read_only)) {
      ctx.report_node(kInfo, service.stack, read_only != nullptr ? *read_only : service.key,
                      util::format("service `{}` has a writable root filesystem; set `read_only: true` and give "
                                   "`/tmp` a tmpfs (`tmpfs: [\"/tmp:noexec,nosuid,size=64m\"]`)",
                                   service.name),
                      read_only != nullptr || service.node.find("tmpfs") != nullptr
                          ? std::nullopt
                          : read_only_fix(service));
    } else if (!has_tmp_tmpfs(service)) {
      ctx.report_node(kInfo, service.stack, *read_only,
                      util::format("service `{}` is read-only but has no tmpfs for `/tmp`; add `tmpfs: "
                                   "[\"/tmp:noexec,nosuid,size=64m\"]` so programs that write temporary files work",
                                   service.name),
                      service.node.find("tmpfs") != nullptr
                          ? std::nullopt
                          : add_service_keys(service, "Add a tmpfs for /tmp", {std::string(kTmpfsLine)},
                                             // It hides whatever the image shipped in /tmp.
                                             hardening_safety(hardened_image_of(service))));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(dc006_root_filesystem_writable, RootFilesystemWritable)

}  // namespace plimsoll::rules
