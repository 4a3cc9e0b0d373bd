// DF056 healthcheck-options: Docker's defaults (every 30 s, 30 s timeout, no start period) are
// rarely right; a check should say how often, how long, and how much start-up grace it allows.
#include <string>
#include <vector>

#include "rules/dockerfile/dockerfile_rules.h"
#include "rules/file_context.h"
#include "util/format.h"
#include "util/text.h"

namespace plimsoll::rules {
namespace {

constexpr OptionSpec kOptions[] = {
    {"required", OptionKind::kStringList, "interval,timeout,start-period,retries",
     "HEALTHCHECK flags that must be set explicitly"},
};

constexpr RuleInfo kInfo{"DF056", "healthcheck-options", core::Severity::kInfo, "dockerfile",
                         "HEALTHCHECK should set `--interval`, `--timeout`, `--start-period`, `--retries`.",
                         "df056_healthcheck_options", kOptions};

class HealthcheckOptions final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }
  Interest interest() const override { return Interest::on({dockerfile::Keyword::kHealthcheck}); }
  void on_instruction(const dockerfile::Instruction& check, FileContext& ctx) const override {
    // Only the probe of a shipped image runs; NONE has no options to set.
    if (ctx.stage_index() < 0 || !ctx.is_shipped(ctx.stage_index())) return;
    const auto* typed = check.typed.healthcheck();
    if (!typed || typed->none || typed->command.empty()) return;
    std::vector<std::string> missing;
    for (const auto& name : ctx.settings().list_option(kInfo, "required")) {
      if (typed->option(name) == nullptr) missing.push_back("--" + name);
    }
    if (missing.empty()) return;
    std::string list;
    for (const auto& flag : missing) list += (list.empty() ? "`" : ", `") + flag + "`";
    ctx.report(kInfo, check.keyword_span,
               util::format("HEALTHCHECK leaves {} at Docker's defaults (30s interval and timeout, no start period, "
                            "3 retries); set them for this service, e.g. `--interval=30s --timeout=3s "
                            "--start-period=10s --retries=3`",
                            list));
  }
};

}  // namespace

const Rule& df056_healthcheck_options() {
  static const HealthcheckOptions rule;
  return rule;
}

}  // namespace plimsoll::rules
