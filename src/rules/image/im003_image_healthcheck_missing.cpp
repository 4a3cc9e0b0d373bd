// IM003 image-healthcheck-missing: without a healthcheck the engine only knows that PID 1 is
// alive, not that the service answers; orchestrators route traffic to a hung process.
#include <string>
#include <vector>

#include "rules/image/image_context.h"
#include "rules/interactive_tool.h"
#include "rules/kit/image_shape.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"IM003", "image-healthcheck-missing", core::Severity::kWarning, "image",
                         "No healthcheck in the config.", "im003_image_healthcheck_missing"};

class ImageHealthcheckMissing final : public kit::ImageRule<kInfo> {
  void check(ImageContext& ctx) const override {
    const auto& config = ctx.image().config;
    const auto& check = config.healthcheck;
    if (!check || check->empty()) {
      // A shell or prompt image publishing no port is a tool, not a service (as DF054 judges).
      std::vector<std::string> argv = config.entrypoint;
      argv.insert(argv.end(), config.cmd.begin(), config.cmd.end());
      if (config.exposed_ports.empty() && starts_a_prompt(argv)) return;
      ctx.report_config(kInfo, "the config has no Healthcheck (OCI-format images cannot carry one; build with --format docker)");
    } else if ((*check)[0] == "NONE") {
      ctx.report_history(kInfo, ctx.history_of_instruction("HEALTHCHECK"), "the healthcheck is disabled (HEALTHCHECK NONE)");
    }
  }
};

}  // namespace

PLIMSOLL_RULE(im003_image_healthcheck_missing, ImageHealthcheckMissing)

}  // namespace plimsoll::rules
