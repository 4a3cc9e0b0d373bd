// DF008 required-stages: a profile can require stage names (`base`, `development`,
// `production`) so that `docker build --target` and compose `build.target` work everywhere.
#include <algorithm>

#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"
#include "util/text.h"

namespace plimsoll::rules {
namespace {

constexpr kit::ListOption kRequiredStages{"required-stages", "",
    "Stage names every Dockerfile must define."};
constexpr OptionSpec kOptions[] = {kRequiredStages};
constexpr RuleInfo kInfo{"DF008", "required-stages", core::Severity::kInfo, "dockerfile",
                         "Profile-defined stage names must exist so `--target` works.", "df008_required_stages",
                         kOptions};

class RequiredStages final : public kit::DockerfileRule<kInfo> {
  void check(FileContext& ctx) const override {
    const auto& stages = ctx.model().stages;
    if (stages.empty()) return;
    std::string missing;
    for (const auto& required : option<kRequiredStages>(ctx.settings())) {
      std::string name = util::to_lower_ascii(required);
      bool found = std::any_of(stages.begin(), stages.end(), [&](const dockerfile::Stage& s) { return s.name == name; });
      if (!found) missing += (missing.empty() ? "" : ", ") + ("`" + name + "`");
    }
    if (missing.empty()) return;
    ctx.report(kInfo, stages.front().from->keyword_span,
               util::format("the profile expects stages {}; add them (`FROM … AS <name>`) so `--target` can build them",
                            missing));
  }
};

}  // namespace

PLIMSOLL_RULE(df008_required_stages, RequiredStages)

}  // namespace plimsoll::rules
