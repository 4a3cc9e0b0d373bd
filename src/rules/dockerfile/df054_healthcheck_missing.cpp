// DF054 healthcheck-missing: the shipped image should say how to tell it is healthy.
#include <algorithm>
#include <vector>

#include "rules/dockerfile/platform.h"
#include "rules/file_context.h"
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
