// IM010 image-world-writable: anything any user may rewrite (a program, a config, a directory
// without the sticky bit) lets one compromised process tamper with what others run.
#include "rules/image/image_context.h"
#include "rules/kit/image_shape.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"IM010", "image-world-writable", core::Severity::kWarning, "image",
                         "World-writable files or dirs without sticky bit.", "im010_image_world_writable"};

class ImageWorldWritable final : public kit::ImageRule<kInfo> {
  void check(ImageContext& ctx) const override {
    for (const auto& [path, history] : ctx.image().files.paths()) {
      const image::FileVersion* v = history.current();
      if (v == nullptr || (v->mode & 0002u) == 0) continue;
      bool dir = v->type == image::EntryType::kDirectory;
      if (v->type != image::EntryType::kFile && !dir) continue;  // symlink modes mean nothing
      if (dir && (v->mode & 01000u) != 0) continue;                // /tmp-style sticky directories are fine
      ctx.report_layer(kInfo, v->layer, util::format("{} /{} is world-writable (mode {:04o}{}) from {}",
                                                     dir ? "directory" : "file", path, v->mode,
                                                     dir ? ", no sticky bit" : "", ctx.describe_layer(v->layer)));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(im010_image_world_writable, ImageWorldWritable)

}  // namespace plimsoll::rules
