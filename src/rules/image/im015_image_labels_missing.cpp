// IM015 image-labels-missing: the OCI labels tie a running image back to the repository,
// version and commit it came from, which triage and registries need first.
#include "rules/image/image_context.h"
#include "rules/kit/image_shape.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr kit::ListOption kRequiredLabels{
    "required-labels", "org.opencontainers.image.source,org.opencontainers.image.version,org.opencontainers.image.revision",
    "Labels (or manifest annotations) the image must carry"};
constexpr OptionSpec kOptions[] = {kRequiredLabels};

constexpr RuleInfo kInfo{"IM015", "image-labels-missing", core::Severity::kInfo, "image",
                         "OCI annotations/labels missing.", "im015_image_labels_missing", kOptions};

class ImageLabelsMissing final : public kit::ImageRule<kInfo> {
  void check(ImageContext& ctx) const override {
    const image::Image& image = ctx.image();
    std::string missing;
    for (const auto& label : option<kRequiredLabels>(ctx.settings())) {
      if (image.config.labels.count(label) != 0 || image.annotations.count(label) != 0) continue;
      missing += (missing.empty() ? "" : ", ") + label;
    }
    if (!missing.empty()) ctx.report_config(kInfo, "the image has no " + missing + " label or annotation");
  }
};

}  // namespace

PLIMSOLL_RULE(im015_image_labels_missing, ImageLabelsMissing)

}  // namespace plimsoll::rules
