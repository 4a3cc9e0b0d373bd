// DF002 build-tools-in-final-stage: compilers, headers, VCS and language build tools installed
// in a stage that ships stay in the image: size, attack surface and CVE noise for nothing.
#include <string>
#include <vector>

#include "dockerfile/installer.h"
#include "dockerfile/shell_lexer.h"
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

// The packages an OS install names through variables (`apt-get install -y $BUILD_DEPS`), read
// with the values the stage gives them (`ARG BUILD_DEPS="gcc libpq-dev"`'s default, or ENV), as
// the RUN's shell would split them. Nothing when a variable has no value here (a base image's
// ENV such as `$PHPIZE_DEPS`, an ARG without default): the list is unknown, not empty.
std::vector<std::string> expanded_packages(const dockerfile::InstallerCommand& install,
                                           const dockerfile::InstallerOperand& operand,
                                           const dockerfile::Stage& stage, char escape) {
  std::vector<std::string> out;
  dockerfile::LexerOptions options;
  options.escape = escape;
  dockerfile::Expansion expanded = dockerfile::ShellLexer(options).process_words(operand.word->raw, stage.env);
  if (!expanded.ok() || !expanded.unset.empty()) return out;
  for (const std::string& word : expanded.words) {
    if (word.empty() || word.starts_with("-")) continue;
    out.push_back(dockerfile::split_pin(word, install.kind.grammar ? std::string_view(install.kind.grammar->pins) : std::string_view("none")).first);
  }
  return out;
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
      if (installer != nullptr && installer->kind.is_os() && installer->kind.action == "install") {
        for (const auto& operand : installer->operands) {
          if (operand.kind != dockerfile::OperandKind::kExpansion) continue;
          // `apt-get purge -y $BUILD_DEPS` later in the RUN removes the whole list.
          if (removed_later(commands, i, *installer, operand.word->value)) continue;
          for (const std::string& name : expanded_packages(*installer, operand, stage, ctx.file().escape)) {
            if (!knowledge::is_build_tool_package(name) || removed_later(commands, i, *installer, name)) continue;
            ctx.report(kInfo, operand.word->span,
                       util::format("`{}` (from `{}`) is a build tool installed in a stage that ships; install it in "
                                    "a builder stage and `COPY --from` only what it produces",
                                    name, operand.word->value));
          }
        }
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
