// DC002 image-unpinned: `image: postgres` or `:latest` runs whatever was pushed last, so two
// `docker compose up` of the same commit can start different software.
#include <string>
#include <string_view>

#include "knowledge/image_tags.h"
#include "rules/compose/services.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DC002", "image-unpinned", core::Severity::kWarning, "compose",
                         "`image:` without tag or `latest`.", "dc002_image_unpinned"};

// The tag of an image reference, "" when it has none; a digest counts as pinned, a moving tag
// (`latest`, `nightly`, `lts`, `edge`, …: data/knowledge/image_tags.yaml) does not.
bool pinned(std::string_view image, std::string& tag) {
  if (image.find('@') != std::string_view::npos) return true;
  std::size_t slash = image.rfind('/');
  std::size_t colon = image.rfind(':');
  if (colon == std::string_view::npos || (slash != std::string_view::npos && colon < slash)) return false;
  tag = std::string(image.substr(colon + 1));
  return !tag.empty() && !knowledge::is_moving_tag(tag);
}

class ImageUnpinned final : public kit::ServiceRule<kInfo> {
  void check(const ServiceView& service, ProjectContext& ctx) const override {
    const util::YamlNode* image = service.node.find("image");
    if (image == nullptr || !image->is_scalar() || image->scalar.empty()) return;
    // With `build:`, `image:` names what the build produces; it is not pulled.
    if (service.typed.build) return;
    std::string tag;
    if (pinned(image->scalar, tag)) return;
    // `:${VERSION:-nightly}` with VERSION in no env file: the release is given where compose runs, and
    // the channel name is only the fallback of a local run.
    bool channel = !tag.empty() && tag != "latest";
    if (channel && image->unresolved) return;
    std::string message =
        tag.empty() || tag == "latest"
            ? util::format("service `{}` runs `{}`{}, which changes whenever a new image is pushed; pin a version tag "
                           "(and ideally `@sha256:` digest)",
                           service.name, image->scalar, tag.empty() ? " with no tag" : "")
            : util::format("service `{}` runs `{}`: `{}` names a channel, not a release, and changes whenever a new "
                           "image is pushed; pin a version tag (and ideally `@sha256:` digest)",
                           service.name, image->scalar, tag);
    ctx.report_node(kInfo, service.stack, *image, std::move(message));
  }
};

}  // namespace

PLIMSOLL_RULE(dc002_image_unpinned, ImageUnpinned)

}  // namespace plimsoll::rules
