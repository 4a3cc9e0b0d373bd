// DF070 pipefail: `a | b` succeeds when b does, hiding a failed download or build in a.
#include "rules/dockerfile/dockerfile_rules.h"
#include "rules/file_context.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF070", "pipefail", core::Severity::kWarning, "dockerfile",
                         "A RUN with a pipe needs pipefail.", "df070_pipefail"};

// The SHELL in effect for `run`: the stage's SHELL instructions up to it (inherited default
// otherwise). Non-POSIX shells are out of scope.
bool shell_has_pipefail(const dockerfile::Model& model, const dockerfile::Stage& stage,
                        const dockerfile::Instruction& run, bool& posix) {
  std::vector<std::string> shell = {"/bin/sh", "-c"};
  if (stage.parent >= 0) shell = model.stages[static_cast<std::size_t>(stage.parent)].shell;
  for (const dockerfile::Instruction* in : stage.instructions) {
    if (in == &run) break;
    if (in->kind == dockerfile::Keyword::kShell && in->json && !in->args.empty()) {
      shell.clear();
      for (const auto& arg : in->args) shell.push_back(arg.value);
    }
  }
  std::string_view program = shell.empty() ? "" : std::string_view(shell[0]);
  program = program.substr(program.rfind('/') == std::string_view::npos ? 0 : program.rfind('/') + 1);
  posix = program != "pwsh" && program != "powershell" && program != "cmd" && program != "cmd.exe" &&
          program != "powershell.exe";
  for (std::size_t i = 0; i + 1 < shell.size(); ++i) {
    if (shell[i] == "-o" && shell[i + 1] == "pipefail") return true;
  }
  return false;
}

class Pipefail final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }
  Interest interest() const override { return Interest::on({dockerfile::Keyword::kRun}); }
  void on_instruction(const dockerfile::Instruction& run, FileContext& ctx) const override {
    if (run.json || ctx.stage_index() < 0) return;
    const sh::Script& script = ctx.script(run);
    if (!script.has_pipeline() || script.sets_pipefail()) return;
    bool posix = true;
    const auto& stage = ctx.model().stages[static_cast<std::size_t>(ctx.stage_index())];
    if (shell_has_pipefail(ctx.model(), stage, run, posix) || !posix) return;
    for (const auto& command : script.commands) {
      if (!command.in_pipeline) continue;
      ctx.report(kInfo, command.words.front().span,
                 "a failure before the `|` is hidden: add `set -o pipefail &&` at the start of the RUN, or "
                 "`SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` before it");
      return;
    }
  }
};

}  // namespace

const Rule& df070_pipefail() {
  static const Pipefail rule;
  return rule;
}

}  // namespace plimsoll::rules
