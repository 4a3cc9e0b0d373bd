// IM013 image-app-owner: the ownership policy (rules/ownership_policy.h) in a built image. An
// app that owns its own code can rewrite it after a compromise and keep the change across
// restarts of the process; root-owned, read-only code cannot be. Its writable state (declared
// volumes, cache/data/tmp directories) is the app's own. Some standards want the app user to own
// its whole directory, hence the option.
#include <algorithm>

#include "image/users.h"
#include "rules/image/image_context.h"
#include "rules/kit/image_shape.h"
#include "rules/ownership_policy.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr kit::StringOption kExpectedOwner{
    "expected-owner", "root", "Who should own the working directory's files: `root` (not the runtime user) or `runtime-user`"};
constexpr OptionSpec kOptions[] = {kExpectedOwner};

constexpr RuleInfo kInfo{"IM013", "image-app-owner", core::Severity::kInfo, "image",
                         "Files under the working dir owned by the runtime user (configurable expectation).",
                         "im013_image_app_owner", kOptions};

class ImageAppOwner final : public kit::ImageRule<kInfo> {
  void check(ImageContext& ctx) const override {
    const image::Image& image = ctx.image();
    std::string dir = image.config.working_dir;
    while (dir.starts_with("/")) dir.erase(0, 1);
    while (dir.ends_with("/")) dir.pop_back();
    image::RuntimeUser user = image::resolve_user(image);
    if (dir.empty() || !user.uid || user.root()) return;  // no app directory, or root (IM001's case)
    bool want_user = option<kExpectedOwner>(ctx.settings()) == "runtime-user";
    uint64_t count = 0;
    std::string example;
    uint32_t layer = 0;
    int64_t example_uid = 0;
    for (const auto& [path, history] : image.files.under(dir)) {
      const image::FileVersion* v = history.current();
      if (v == nullptr || v->type == image::EntryType::kSymlink) continue;
      bool owned = v->uid == *user.uid;
      if (owned == want_user) continue;  // as expected
      // What the app writes is its own under the policy; only code is judged.
      if (!want_user && (under_volume("/" + path, image.config.volumes) ||
                         is_writable_state(std::string_view(path).substr(std::min(path.size(), dir.size() + 1)), {}))) {
        continue;
      }
      if (count++ == 0) {
        example = path;
        layer = v->layer;
        example_uid = v->uid;
      }
    }
    if (count == 0) return;
    if (want_user) {
      ctx.report_layer(kInfo, layer, util::format("{} file(s) under /{} are not owned by the runtime user {} (e.g. /{}, uid {})",
                                                  count, dir, *user.uid, example, example_uid));
    } else {
      ctx.report_layer(kInfo, layer, util::format("{} file(s) under /{} are owned by the runtime user {} and so writable by the app (e.g. /{}, from {})",
                                                  count, dir, *user.uid, example, ctx.describe_layer(layer)));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(im013_image_app_owner, ImageAppOwner)

}  // namespace plimsoll::rules
