// DF067 run-cd: `RUN cd dir && …` changes directory for one RUN only; WORKDIR says it once
// for every instruction that follows and shows up in the image config.
#include <algorithm>

#include "rules/dockerfile/helpers.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF067", "run-cd", core::Severity::kWarning, "dockerfile", "`RUN cd …` → `WORKDIR`.",
                         "df067_run_cd"};

std::string_view trim_slash(std::string_view path) {
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  return path;
}

// Directories the script makes, unpacks into or removes: a `cd` into one of them is a
// scratch build directory, which WORKDIR would wrongly leave behind in the image.
bool is_scratch_directory(const sh::Script& script, std::string_view dir) {
  dir = trim_slash(dir);
  if (dir.rfind("/tmp", 0) == 0 || dir.rfind("/var/tmp", 0) == 0) return true;
  for (const auto& command : script.commands) {
    std::string_view program = command.program();
    auto args = command.arguments();
    bool makes = program == "mkdir" || program == "git" || program == "tar" || program == "unzip" ||
                 program == "rm" || program == "mktemp" || program == "cp" || program == "mv" || program == "wget" ||
                 program == "curl" || program == "bsdtar";
    if (!makes) continue;
    for (auto arg : args) {
      std::string_view a = trim_slash(arg);
      if (a == dir) return true;
      // tar -C dir / tar --directory=dir / unzip -d dir
      if (a.size() > dir.size() && a.substr(a.size() - dir.size()) == dir && a[a.size() - dir.size() - 1] == '=') return true;
    }
  }
  return false;
}

class RunCd final : public kit::InstructionRule<kInfo, dockerfile::Keyword::kRun> {
  void check(const dockerfile::Instruction& run, FileContext& ctx) const override {
    if (run.json || ctx.stage_index() < 0) return;
    const auto& stage = ctx.model().stages[static_cast<std::size_t>(ctx.stage_index())];
    if (!is_posix_shell(shell_at(ctx.model(), stage, run))) return;
    const sh::Script& script = ctx.script(run);
    const auto& commands = script.commands;
    for (std::size_t i = 0; i < commands.size(); ++i) {
      const sh::Command& cd = commands[i];
      if (cd.program() != "cd" || cd.nesting > 0 || cd.subshell > 0) continue;
      auto args = cd.arguments();
      // `cd /` before a cleanup returns to the root; WORKDIR / would be no advice at all.
      if (args.empty() || args.size() > 1 || args[0] == "-" || args[0] == "/" || cd.words[1].has_expansion) continue;
      // Only a cd that something after it in the same script relies on.
      bool followed = i + 1 < commands.size() && commands[i + 1].nesting == 0;
      if (!followed || is_scratch_directory(script, args[0])) continue;
      ctx.report(kInfo, core::cover(cd.words.front().span, cd.words.back().span),
                 util::format("`cd {}` only lasts for this RUN; use `WORKDIR {}` before it instead", args[0], args[0]));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df067_run_cd, RunCd)

}  // namespace plimsoll::rules
