// DF052 entrypoint-cmd-split: with the executable in ENTRYPOINT and its defaults in CMD,
// `docker run image --workers 8` replaces only the arguments instead of the whole command.
#include <algorithm>
#include <string>
#include <vector>

#include "rules/dockerfile/runtime.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr kit::ListOption kIgnoredPrograms{"ignored-programs",
    "sh,bash,dash,ash,zsh,python,python3,node,ruby,perl,php,java,npm,npx,yarn,pnpm,uv,pdm,poetry,pipenv,bundle,"
    "dotnet,deno,bun",
    "shells, interpreters and task runners whose CMD is commonly replaced by a different command"};
constexpr OptionSpec kOptions[] = {kIgnoredPrograms};

constexpr RuleInfo kInfo{"DF052", "entrypoint-cmd-split", core::Severity::kInfo, "dockerfile",
                         "Prefer `ENTRYPOINT` for the executable and `CMD` for default arguments.",
                         "df052_entrypoint_cmd_split", kOptions};

bool ignored(FileContext& ctx, std::string_view program) {
  auto list = kit::option(ctx.settings(), kInfo, kIgnoredPrograms);
  std::string name(path_basename(program));
  // python3.12, php8.3: versioned interpreter names count as the interpreter.
  return std::any_of(list.begin(), list.end(), [&](const std::string& p) {
    return name == p || (name.starts_with(p) && name.size() > p.size() &&
                         name.find_first_not_of("0123456789.", p.size()) == std::string::npos);
  });
}

class EntrypointCmdSplit final : public kit::DockerfileRule<kInfo> {
  void check(FileContext& ctx) const override {
    for (int index : ctx.shipped_targets()) check_stage(ctx, ctx.model().stages[static_cast<std::size_t>(index)]);
  }

 private:
  static void check_stage(FileContext& ctx, const dockerfile::Stage& stage) {
    const dockerfile::Instruction* cmd = stage.cmd;
    if (stage.entrypoint != nullptr || cmd == nullptr || !cmd->json || cmd->args.size() < 2) return;
    const std::string& program = cmd->args[0].value;
    // Variables are not expanded in exec form; a `$` word is not an executable we can judge.
    if (program.empty() || program.find('$') != std::string::npos || ignored(ctx, program)) return;
    ctx.report(kInfo, cmd->args[0].span,
               util::format("CMD holds both the executable `{}` and its arguments, so `docker run <image> <args>` "
                            "must repeat the executable; put it in `ENTRYPOINT [\"{}\"]` and keep the default "
                            "arguments in CMD",
                            program, program));
  }
};

}  // namespace

PLIMSOLL_RULE(df052_entrypoint_cmd_split, EntrypointCmdSplit)

}  // namespace plimsoll::rules
