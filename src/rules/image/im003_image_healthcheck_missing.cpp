// IM003 image-healthcheck-missing: without a healthcheck the engine only knows that PID 1 is
// alive, not that the service answers; orchestrators route traffic to a hung process.
#include "rules/image/image_context.h"
#include "rules/kit/image_shape.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"IM003", "image-healthcheck-missing", core::Severity::kWarning, "image",
                         "No healthcheck in the config.", "im003_image_healthcheck_missing"};

class ImageHealthcheckMissing final : public kit::ImageRule<kInfo> {
  void check(ImageContext& ctx) const override {
    const auto& check = ctx.image().config.healthcheck;
    if (!check || check->empty()) {
      ctx.report_config(kInfo, "the config has no Healthcheck (OCI-format images cannot carry one; build with --format docker)");
    } else if ((*check)[0] == "NONE") {
      ctx.report_history(kInfo, ctx.history_of_instruction("HEALTHCHECK"), "the healthcheck is disabled (HEALTHCHECK NONE)");
    }
  }
};

}  // namespace

PLIMSOLL_RULE(im003_image_healthcheck_missing, ImageHealthcheckMissing)

}  // namespace plimsoll::rules
