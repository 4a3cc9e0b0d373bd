// DF032 apt-update-alone: a cached `apt-get update` layer goes stale while later installs
// keep reusing it, so installs fail or fetch outdated versions.
#include "rules/dockerfile/apt_commands.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF032", "apt-update-alone", core::Severity::kWarning, "dockerfile",
                         "`apt-get update` must share its RUN with the install.", "df032_apt_update_alone"};

class AptUpdateAlone final : public kit::InstructionRule<kInfo, dockerfile::Keyword::kRun> {
  void check(const dockerfile::Instruction& run, FileContext& ctx) const override {
    const sh::Command* update = nullptr;
    for (const auto& command : ctx.script(run).commands) {
      if (!is_apt(command)) continue;
      std::string_view sub = package_subcommand(command);
      if (sub == "install" || sub == "upgrade" || sub == "dist-upgrade" || sub == "build-dep") return;
      if (sub == "update" && update == nullptr) update = &command;
    }
    if (update == nullptr) return;
    ctx.report(kInfo, update->words.front().span,
               "`apt-get update` in a RUN of its own is cached separately and goes stale; run it in the same RUN "
               "as `apt-get install`");
  }
};

}  // namespace

PLIMSOLL_RULE(df032_apt_update_alone, AptUpdateAlone)

}  // namespace plimsoll::rules
