// DF031 apt-lists-not-removed: package lists left in the layer add tens of megabytes to the
// shipped image. Only stages that end up in the final image are checked.
#include <algorithm>

#include "rules/dockerfile/dockerfile_rules.h"
#include "rules/dockerfile/helpers.h"
#include "rules/file_context.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF031", "apt-lists-not-removed", core::Severity::kWarning, "dockerfile",
                         "The RUN that installs apt packages must remove /var/lib/apt/lists/*.",
                         "df031_apt_lists_not_removed"};

bool mounts_apt_lists(const dockerfile::Instruction& run) {
  for (const auto& flag : run.flags) {
    if (flag.name != "mount") continue;
    if ((flag.value.find("type=cache") != std::string::npos || flag.value.find("type=tmpfs") != std::string::npos) &&
        flag.value.find("/var/lib/apt") != std::string::npos) {
      return true;
    }
  }
  return false;
}

class AptListsNotRemoved final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }
  Interest interest() const override { return Interest::on({dockerfile::Keyword::kRun}); }
  void on_instruction(const dockerfile::Instruction& run, FileContext& ctx) const override {
    std::vector<int> chain = ctx.model().final_chain();
    if (std::find(chain.begin(), chain.end(), ctx.stage_index()) == chain.end()) return;
    if (mounts_apt_lists(run)) return;
    const sh::Command* install = nullptr;
    bool removed = false;
    for (const auto& command : ctx.script(run).commands) {
      std::string_view program = command.program();
      if ((program == "apt-get" || program == "apt") && install == nullptr) {
        auto package = classify(command);
        if (package && package->subcommand == "install") install = &command;
      }
      if (program == "rm") {
        for (auto arg : command.arguments()) removed = removed || arg.rfind("/var/lib/apt/lists", 0) == 0;
      }
    }
    if (install == nullptr || removed) return;
    ctx.report(kInfo, run.keyword_span,
               util::format("`{} install` leaves /var/lib/apt/lists in the layer; end the same RUN with "
                            "`&& rm -rf /var/lib/apt/lists/*` or use a cache mount", install->program()));
  }
};

}  // namespace

const Rule& df031_apt_lists_not_removed() {
  static const AptListsNotRemoved rule;
  return rule;
}

}  // namespace plimsoll::rules
