// IM009 image-setuid: a setuid or setgid program runs with its owner's rights whoever starts
// it, the classic way from an app user back to root.
#include "rules/image/image_context.h"
#include "rules/kit/image_shape.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"IM009", "image-setuid", core::Severity::kWarning, "image", "setuid/setgid files.",
                         "im009_image_setuid"};

class ImageSetuid final : public kit::ImageRule<kInfo> {
  void check(ImageContext& ctx) const override {
    for (const auto& [path, history] : ctx.image().files.paths()) {
      const image::FileVersion* v = history.current();
      if (v == nullptr || v->type != image::EntryType::kFile || (v->mode & 06000u) == 0) continue;
      const char* bits = (v->mode & 06000u) == 06000u ? "setuid and setgid" : (v->mode & 04000u) ? "setuid" : "setgid";
      ctx.report_layer(kInfo, v->layer, util::format("/{} is {} (mode {:04o}, owner {}:{}) from {}", path, bits, v->mode,
                                                     v->uid, v->gid, ctx.describe_layer(v->layer)));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(im009_image_setuid, ImageSetuid)

}  // namespace plimsoll::rules
