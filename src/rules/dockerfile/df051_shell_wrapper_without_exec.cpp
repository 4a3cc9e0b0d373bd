// DF051 shell-wrapper-without-exec: in `["sh","-c","a && b"]` the shell stays PID 1 and b runs
// as its child, so `docker stop`'s SIGTERM never reaches b; `exec b` makes b replace the shell.
#include "rules/dockerfile/runtime.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF051", "shell-wrapper-without-exec", core::Severity::kWarning, "dockerfile",
                         "`[\"sh\",\"-c\",\"a && b\"]` must `exec` the long-running last command.",
                         "df051_shell_wrapper_without_exec", {}, Fixes::kOffered};

class ShellWrapperWithoutExec final : public kit::DockerfileRule<kInfo> {
  void check(FileContext& ctx) const override {
    for (int index : ctx.shipped_targets()) check_stage(ctx, ctx.model().stages[static_cast<std::size_t>(index)]);
  }

 private:
  static void check_stage(FileContext& ctx, const dockerfile::Stage& stage) {
    std::vector<StartupWord> argv = startup_argv(stage);
    auto script_index = shell_script_index(argv, skip_init(argv));
    if (!script_index) return;  // shell-form CMD/ENTRYPOINT is DF050's finding
    bool exact = false;
    sh::Script script = parse_script_word(ctx, argv[*script_index], &exact);
    const sh::Command* last = unexeced_last_command(script);
    if (last == nullptr) return;
    const sh::Word& program = last->words.front();
    // Unsafe: the program takes over the shell's process, so a `trap` the script set no longer
    // runs and the program, not the shell, receives the container's signals.
    std::optional<core::Fix> fix;
    if (exact) fix = core::Fix{"Prefix the last command with exec", {{{program.span.begin, program.span.begin}, "exec "}}, core::Applicability::kUnsafe};
    ctx.report(kInfo, program.span,
               util::format("`{}` runs as a child of `{}`, which stays PID 1 and does not pass SIGTERM on; write "
                            "`exec {}` so it replaces the shell",
                            program.value, path_basename(argv[skip_init(argv)].word.value), program.value),
               std::move(fix));
  }
};

}  // namespace

PLIMSOLL_RULE(df051_shell_wrapper_without_exec, ShellWrapperWithoutExec)

}  // namespace plimsoll::rules
