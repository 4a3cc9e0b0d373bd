// IM001 image-user-root: a container that runs as root turns any code execution in the app
// into root in the container, one kernel bug away from the host.
#include "image/users.h"
#include "rules/image/image_context.h"
#include "rules/kit/image_shape.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"IM001", "image-user-root", core::Severity::kError, "image",
                         "Config `User` empty, `root` or `0`.", "im001_image_user_root"};

class ImageUserRoot final : public kit::ImageRule<kInfo> {
  void check(ImageContext& ctx) const override {
    image::RuntimeUser user = image::resolve_user(ctx.image());
    if (!user.root()) return;
    if (user.spec.empty()) {
      ctx.report_config(kInfo, "the config sets no User, so the container runs as root");
    } else {
      ctx.report_history(kInfo, ctx.history_of_instruction("USER"),
                         "config User '" + user.spec + "' is root (uid 0) in this image");
    }
  }
};

}  // namespace

PLIMSOLL_RULE(im001_image_user_root, ImageUserRoot)

}  // namespace plimsoll::rules
