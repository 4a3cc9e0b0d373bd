// DF054 healthcheck-missing: the shipped image should say how to tell it is healthy.
#include <algorithm>
#include <string>
#include <vector>

#include "knowledge/base_images.h"
#include "rules/dockerfile/platform.h"
#include "rules/dockerfile/runtime.h"
#include "rules/file_context.h"
#include "rules/interactive_tool.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"
#include "util/text.h"

namespace plimsoll::rules {
namespace {

constexpr kit::BoolOption kOrchestratorProbes{"orchestrator-probes", "false",
    "The orchestrator probes the service (Kubernetes liveness/readiness), so images need no HEALTHCHECK."};
constexpr OptionSpec kOptions[] = {kOrchestratorProbes};
constexpr RuleInfo kInfo{"DF054", "healthcheck-missing", core::Severity::kWarning, "dockerfile",
                         "The final stage needs a HEALTHCHECK (not NONE).", "df054_healthcheck_missing", kOptions};

// An image that starts a shell or a language's prompt (`CMD ["pwsh"]`, `CMD ["bash", "-l"]`)
// and publishes no port is a tool people run interactively, not a service: there is nothing
// for a HEALTHCHECK to probe.
bool is_interactive_tool(const dockerfile::Stage& stage) {
  if (!stage.exposed.empty()) return false;
  if (stage.root_image != nullptr &&
      !knowledge::base_image_exposed_ports(stage.root_image->full_repository(), stage.root_image->tag).empty()) {
    return false;
  }
  std::vector<std::string> argv;
  for (const StartupWord& w : startup_argv(stage)) {
    if (w.shell_text) return false;  // shell form: `/bin/sh -c "<a command>"` runs something
    argv.push_back(w.word.value);
  }
  return starts_a_prompt(argv);
}

class HealthcheckMissing final : public kit::DockerfileRule<kInfo> {
  void check(FileContext& ctx) const override {
    if (option<kOrchestratorProbes>(ctx.settings())) return;
    std::vector<const dockerfile::Instruction*> reported;  // an inherited NONE is reported once
    for (int index : ctx.shipped_targets()) {
      const dockerfile::Stage& stage = ctx.model().stages[static_cast<std::size_t>(index)];
      std::string what = stage.name.empty() ? util::format("the final stage (`{}`)", stage.base)
                                            : util::format("stage `{}`", stage.name);
      const dockerfile::Instruction* check = stage.healthcheck;
      if (check == nullptr) {
        if (is_interactive_tool(stage) || is_export_only(ctx.model(), stage)) continue;
        // A Windows image has no /app: the example names an executable the way it is found there.
        std::string_view probe = is_windows_stage(ctx.model(), stage) ? "C:/app/healthcheck.exe" : "/app/healthcheck";
        ctx.report(kInfo, stage.from->keyword_span,
                   util::format("{} has no HEALTHCHECK; add one that probes the service, e.g. "
                                "`HEALTHCHECK --interval=30s --timeout=3s CMD [\"{}\"]`", what, probe));
      } else if (!check->args.empty() && util::iequals_ascii(check->args[0].value, "NONE") &&
                 std::find(reported.begin(), reported.end(), check) == reported.end()) {
        reported.push_back(check);
        ctx.report(kInfo, check->span, util::format("`HEALTHCHECK NONE` disables health checking in {}", what));
      }
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df054_healthcheck_missing, HealthcheckMissing)

}  // namespace plimsoll::rules
