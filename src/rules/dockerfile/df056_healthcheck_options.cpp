// DF056 healthcheck-options: Docker's defaults (every 30 s, 30 s timeout, no start period) are
// rarely right; a check should say how often, how long, and how much start-up grace it allows.
#include <string>
#include <vector>

#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"
#include "util/text.h"

namespace plimsoll::rules {
namespace {

constexpr kit::ListOption kRequired{"required", "interval,timeout,start-period,retries",
    "HEALTHCHECK flags that must be set explicitly"};
constexpr OptionSpec kOptions[] = {kRequired};

constexpr RuleInfo kInfo{"DF056", "healthcheck-options", core::Severity::kInfo, "dockerfile",
                         "HEALTHCHECK should set `--interval`, `--timeout`, `--start-period`, `--retries`.",
                         "df056_healthcheck_options", kOptions};

class HealthcheckOptions final : public kit::InstructionRule<kInfo, dockerfile::Keyword::kHealthcheck> {
  void check(const dockerfile::Instruction& healthcheck, FileContext& ctx) const override {
    // Only the probe of a shipped image runs; NONE has no options to set.
    if (ctx.stage_index() < 0 || !ctx.is_shipped(ctx.stage_index())) return;
    const auto* typed = healthcheck.typed.healthcheck();
    if (!typed || typed->none || typed->command.empty()) return;
    std::vector<std::string> missing;
    for (const auto& name : option<kRequired>(ctx.settings())) {
      if (typed->option(name) == nullptr) missing.push_back("--" + name);
    }
    if (missing.empty()) return;
    std::string list;
    for (const auto& flag : missing) list += (list.empty() ? "`" : ", `") + flag + "`";
    ctx.report(kInfo, healthcheck.keyword_span,
               util::format("HEALTHCHECK leaves {} at Docker's defaults (30s interval and timeout, no start period, "
                            "3 retries); set them for this service, e.g. `--interval=30s --timeout=3s "
                            "--start-period=10s --retries=3`",
                            list));
  }
};

}  // namespace

PLIMSOLL_RULE(df056_healthcheck_options, HealthcheckOptions)

}  // namespace plimsoll::rules
