// DF068 sudo: builds run as root already; sudo in an image is an unpredictable TTY-bound
// privilege tool that only widens what a compromised process can do.
#include "rules/dockerfile/dockerfile_rules.h"
#include "rules/file_context.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF068", "sudo", core::Severity::kError, "dockerfile", "No sudo in RUN.", "df068_sudo"};

class Sudo final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }
  Interest interest() const override { return Interest::on({dockerfile::Keyword::kRun}); }
  void on_instruction(const dockerfile::Instruction& run, FileContext& ctx) const override {
    for (const auto& command : ctx.script(run).commands) {
      if (command.program() != "sudo") continue;
      ctx.report(kInfo, command.words.front().span,
                 "`sudo` in RUN: build steps already run as the current USER; switch with `USER root` … "
                 "`USER app` around the step instead");
    }
  }
};

}  // namespace

const Rule& df068_sudo() {
  static const Sudo rule;
  return rule;
}

}  // namespace plimsoll::rules
