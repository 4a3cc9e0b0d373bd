// DF002 build-tools-in-final-stage: compilers, headers, VCS and language build tools installed
// in a stage that ships stay in the image: size, attack surface and CVE noise for nothing.
#include "knowledge/image_policy.h"
#include "rules/dockerfile/helpers.h"
#include "rules/dockerfile/packages.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF002", "build-tools-in-final-stage", core::Severity::kError, "dockerfile",
                         "The final stage (or any stage it is built `FROM`) must not install compilers, build tools "
                         "or dev headers.",
                         "df002_build_tools_in_final_stage"};

// `pip install poetry`, `npm install -g pnpm`-style installs of a language build tool.
// Only the packages: an option's value (`--trusted-host cmake.internal`) names no tool.
const dockerfile::InstallerOperand* installed_build_program(const dockerfile::InstallerCommand* install) {
  if (install == nullptr || install->kind.is_os() || install->kind.action != "install") return nullptr;
  for (const auto& operand : install->operands) {
    if (operand.kind == dockerfile::OperandKind::kPackage && knowledge::is_build_tool_program(operand.name)) {
      return &operand;
    }
  }
  return nullptr;
}

class BuildToolsInFinalStage final : public kit::InstructionRule<kInfo, dockerfile::Keyword::kRun> {
  void check(const dockerfile::Instruction& run, FileContext& ctx) const override {
    if (ctx.stage_index() < 0 || !ctx.is_shipped(ctx.stage_index())) return;
    const auto& stage = ctx.model().stages[static_cast<std::size_t>(ctx.stage_index())];
    if (!run.json && !is_posix_shell(shell_at(ctx.model(), stage, run))) return;
    const auto& commands = ctx.script(run).commands;
    for (std::size_t i = 0; i < commands.size(); ++i) {
      const dockerfile::InstallerCommand* installer = ctx.installer(commands[i]);
      for (const dockerfile::InstallerOperand* p : os_packages(installer)) {
        if (!knowledge::is_build_tool_package(p->name) || removed_later(commands, i, *installer, p->name)) continue;
        ctx.report(kInfo, p->word->span,
                   util::format("`{}` is a build tool installed in a stage that ships; install it in a builder "
                                "stage and `COPY --from` only what it produces",
                                p->name));
      }
      if (const dockerfile::InstallerOperand* tool = installed_build_program(installer)) {
        ctx.report(kInfo, tool->word->span,
                   util::format("`{}` is a build tool installed in a stage that ships; use it in a builder stage "
                                "and copy the result (for example the virtualenv)",
                                tool->name));
      }
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df002_build_tools_in_final_stage, BuildToolsInFinalStage)

}  // namespace plimsoll::rules
