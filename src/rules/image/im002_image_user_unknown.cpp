// IM002 image-user-unknown: a User name that the image's own /etc/passwd (or a group name
// that /etc/group) does not define stops the container at start, not at build.
#include "image/users.h"
#include "rules/image/image_context.h"
#include "rules/kit/image_shape.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"IM002", "image-user-unknown", core::Severity::kError, "image",
                         "Config `User` name not in the image's `/etc/passwd` (container will not start).",
                         "im002_image_user_unknown"};

class ImageUserUnknown final : public kit::ImageRule<kInfo> {
  void check(ImageContext& ctx) const override {
    image::RuntimeUser user = image::resolve_user(ctx.image());
    if (user.unknown.empty()) return;
    bool is_group = user.unknown.starts_with("group");
    std::string file = is_group ? "etc/group" : "etc/passwd";
    std::string where = ctx.image().contents.count(file) != 0 ? "is not in the image's /" + file
                                                              : "cannot resolve: the image has no /" + file;
    ctx.report_history(kInfo, ctx.history_of_instruction("USER"),
                       "config User '" + user.spec + "': " + user.unknown + " " + where +
                           ", so the container will not start");
  }
};

}  // namespace

PLIMSOLL_RULE(im002_image_user_unknown, ImageUserUnknown)

}  // namespace plimsoll::rules
