// DF054 healthcheck-missing: the shipped image should say how to tell it is healthy.
#include "rules/dockerfile/dockerfile_rules.h"
#include "rules/file_context.h"
#include "util/format.h"
#include "util/text.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF054", "healthcheck-missing", core::Severity::kWarning, "dockerfile",
                         "The final stage needs a HEALTHCHECK (not NONE).", "df054_healthcheck_missing"};

class HealthcheckMissing final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }
  Interest interest() const override { return Interest::at_file_end(); }
  void on_file_end(FileContext& ctx) const override {
    const dockerfile::Stage* stage = ctx.model().final_stage();
    if (stage == nullptr) return;
    const dockerfile::Instruction* check = stage->healthcheck;
    if (check == nullptr) {
      ctx.report(kInfo, stage->from->keyword_span,
                 util::format("the final stage (`{}`) has no HEALTHCHECK; add one that probes the service, e.g. "
                              "`HEALTHCHECK --interval=30s --timeout=3s CMD [\"/app/healthcheck\"]`", stage->base));
    } else if (!check->args.empty() && util::iequals_ascii(check->args[0].value, "NONE")) {
      ctx.report(kInfo, check->span, "`HEALTHCHECK NONE` disables health checking in the final image");
    }
  }
};

}  // namespace

const Rule& df054_healthcheck_missing() {
  static const HealthcheckMissing rule;
  return rule;
}

}  // namespace plimsoll::rules
