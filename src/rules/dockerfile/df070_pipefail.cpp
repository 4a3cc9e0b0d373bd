// DF070 pipefail: `a | b` succeeds when b does, hiding a failed download or build in a.
#include "rules/dockerfile/helpers.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF070", "pipefail", core::Severity::kWarning, "dockerfile",
                         "A RUN with a pipe needs pipefail.", "df070_pipefail"};

bool has_pipefail_option(const std::vector<std::string>& shell) {
  for (std::size_t i = 0; i + 1 < shell.size(); ++i) {
    if (shell[i] == "-o" && shell[i + 1] == "pipefail") return true;
  }
  return false;
}

class Pipefail final : public kit::InstructionRule<kInfo, dockerfile::Keyword::kRun> {
  void check(const dockerfile::Instruction& run, FileContext& ctx) const override {
    if (run.json || ctx.stage_index() < 0) return;
    const sh::Script& script = ctx.script(run);
    if (!script.has_pipeline() || script.sets_pipefail()) return;
    const auto& stage = ctx.model().stages[static_cast<std::size_t>(ctx.stage_index())];
    std::vector<std::string> shell = shell_at(ctx.model(), stage, run);
    if (has_pipefail_option(shell) || !is_posix_shell(shell)) return;
    for (const auto& command : script.commands) {
      if (!command.in_pipeline) continue;
      // A bare assignment (`a | V=x`) has no program word: point at its first assignment.
      const auto& first = command.words.empty() ? command.assignments : command.words;
      if (first.empty()) continue;
      core::Span at = first.front().span;
      ctx.report(kInfo, at,
                 "a failure before the `|` is hidden: add `set -o pipefail &&` at the start of the RUN, or "
                 "`SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` before it");
      return;
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df070_pipefail, Pipefail)

}  // namespace plimsoll::rules
