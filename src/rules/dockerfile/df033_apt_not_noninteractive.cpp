// DF033 apt-not-noninteractive: without -y, apt asks for confirmation and the build aborts.
#include <algorithm>

#include "rules/dockerfile/apt_commands.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF033", "apt-not-noninteractive", core::Severity::kWarning, "dockerfile",
                         "`apt-get install` needs `-y`/`--yes`.", "df033_apt_not_noninteractive",
                         {}, Fixes::kOffered};

// `-y`, or quiet level 2 (`-qq`, `-q -q`), which implies it; or the setting given with `-o`.
bool assumes_yes(const dockerfile::InstallerCommand& install) {
  if (install.has("-y") || install.has("--yes") || install.has("--assume-yes")) return true;
  auto quiet = std::count_if(install.options.begin(), install.options.end(),
                             [](const dockerfile::InstallerOption& o) { return o.name == "-q"; });
  if (quiet >= 2) return true;
  for (const auto& option : install.options) {
    bool setting = option.name == "-o" || option.name == "--option";
    if (setting && option.value.find("APT::Get::Assume-Yes=") != std::string::npos) return true;
  }
  return false;
}

class AptNotNoninteractive final : public kit::InstructionRule<kInfo, dockerfile::Keyword::kRun> {
  void check(const dockerfile::Instruction& run, FileContext& ctx) const override {
    for (const auto& command : ctx.script(run).commands) {
      const dockerfile::InstallerCommand* installer = ctx.installer(command);
      if (installer == nullptr || !is_apt(command) || installer->kind.subcommand != "install") continue;
      if (assumes_yes(*installer)) continue;
      const sh::Word* install = nullptr;
      for (const auto& word : command.words) {
        if (word.value == "install") install = &word;
        if (install) break;
      }
      std::optional<core::Fix> fix;
      if (install != nullptr && !run.json) fix = core::Fix{"Add -y", {{{install->span.end, install->span.end}, " -y"}}, core::Applicability::kSafe};
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
