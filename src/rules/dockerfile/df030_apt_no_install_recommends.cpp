// DF030 apt-no-install-recommends: recommended packages bloat the image with things the
// application never asked for.
#include "rules/dockerfile/helpers.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF030", "apt-no-install-recommends", core::Severity::kWarning, "dockerfile",
                         "`apt-get install` needs `--no-install-recommends`.", "df030_apt_no_install_recommends",
                         {}, Fixes::kOffered};

// The flag, or the setting given with `-o` (an `-o` value is never the flag itself).
bool disables_recommends(const dockerfile::InstallerCommand& install) {
  if (install.has("--no-install-recommends")) return true;
  for (const auto& option : install.options) {
    if (option.name != "-o" && option.name != "--option") continue;
    const std::string& v = option.value;
    if (v.find("APT::Install-Recommends=false") != std::string::npos ||
        v.find("APT::Install-Recommends=0") != std::string::npos ||
        v.find("APT::Install-Recommends \"false\"") != std::string::npos) {
      return true;
    }
  }
  return false;
}

class AptNoInstallRecommends final : public kit::InstructionRule<kInfo, dockerfile::Keyword::kRun> {
  void check(const dockerfile::Instruction& run, FileContext& ctx) const override {
    for (const auto& command : ctx.script(run).commands) {
      std::string_view program = command.program();
      if (program != "apt-get" && program != "apt") continue;
      const dockerfile::InstallerCommand* installer = ctx.installer(command);
      if (!installer || installer->kind.subcommand != "install" || disables_recommends(*installer)) continue;
      const sh::Word* install = nullptr;
      for (const auto& word : command.words) {
        if (word.value == "install") {
          install = &word;
          break;
        }
      }
      core::Span span = core::cover(command.words.front().span, command.words.back().span);
      std::optional<core::Fix> fix;
      if (install != nullptr && !run.json) {
        fix = core::Fix{"Add --no-install-recommends", {{{install->span.end, install->span.end}, " --no-install-recommends"}},
                        // Recommended packages the app may need (ca-certificates for TLS) are dropped.
                        core::Applicability::kUnsafe};
      }
      ctx.report(kInfo, span,
                 util::format("`{} install` without `--no-install-recommends` also installs recommended packages",
                              program),
                 std::move(fix));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df030_apt_no_install_recommends, AptNoInstallRecommends)

}  // namespace plimsoll::rules
