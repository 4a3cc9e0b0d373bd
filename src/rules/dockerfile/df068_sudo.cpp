// DF068 sudo: builds run as root already; sudo in an image is an unpredictable TTY-bound
// privilege tool that only widens what a compromised process can do.
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF068", "sudo", core::Severity::kError, "dockerfile", "No sudo in RUN.", "df068_sudo"};

class Sudo final : public kit::InstructionRule<kInfo, dockerfile::Keyword::kRun> {
  void check(const dockerfile::Instruction& run, FileContext& ctx) const override {
    for (const auto& command : ctx.script(run).commands) {
      if (command.program() != "sudo") continue;
      ctx.report(kInfo, command.words.front().span,
                 "`sudo` in RUN: build steps already run as the current USER; switch with `USER root` … "
                 "`USER app` around the step instead");
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df068_sudo, Sudo)

}  // namespace plimsoll::rules
