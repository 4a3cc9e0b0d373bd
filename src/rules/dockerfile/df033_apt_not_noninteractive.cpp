// DF033 apt-not-noninteractive: without -y, apt asks for confirmation and the build aborts.
#include "rules/dockerfile/apt_commands.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF033", "apt-not-noninteractive", core::Severity::kWarning, "dockerfile",
                         "`apt-get install` needs `-y`/`--yes`.", "df033_apt_not_noninteractive",
                         {}, Fixes::kOffered};

bool assumes_yes(const sh::Command& command) {
  if (command.has_flag("-y") || command.has_flag("--yes") || command.has_flag("--assume-yes") ||
      command.has_flag("-qq")) {
    return true;
  }
  for (const auto& word : command.words) {
    if (word.value.find("APT::Get::Assume-Yes=") != std::string::npos) return true;
  }
  return false;
}

class AptNotNoninteractive final : public kit::InstructionRule<kInfo, dockerfile::Keyword::kRun> {
  void check(const dockerfile::Instruction& run, FileContext& ctx) const override {
    for (const auto& command : ctx.script(run).commands) {
      if (!is_apt(command) || package_subcommand(command) != "install" || assumes_yes(command)) continue;
      const sh::Word* install = nullptr;
      for (const auto& word : command.words) {
        if (word.value == "install") install = &word;
        if (install) break;
      }
      std::optional<core::Fix> fix;
      if (install != nullptr && !run.json) fix = core::Fix{"Add -y", {{{install->span.end, install->span.end}, " -y"}}};
      ctx.report(kInfo, core::cover(command.words.front().span, command.words.back().span),
                 util::format("`{} install` without `-y` waits for a confirmation that never comes in a build",
                              command.program()),
                 std::move(fix));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df033_apt_not_noninteractive, AptNotNoninteractive)

}  // namespace plimsoll::rules
