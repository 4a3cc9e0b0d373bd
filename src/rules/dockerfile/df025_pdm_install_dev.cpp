// DF025 pdm-install-dev: `pdm install` installs every dependency group unless told otherwise;
// the image that ships needs only production dependencies, from the lockfile.
#include "rules/dockerfile/helpers.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF025", "pdm-install-dev", core::Severity::kWarning, "dockerfile",
                         "`pdm install` in a production stage must use `--prod` (and a lockfile).",
                         "df025_pdm_install_dev"};

class PdmInstallDev final : public kit::InstructionRule<kInfo, dockerfile::Keyword::kRun> {
  void check(const dockerfile::Instruction& run, FileContext& ctx) const override {
    if (ctx.stage_index() < 0 || !ctx.is_shipped(ctx.stage_index())) return;
    for (const auto& command : ctx.script(run).commands) {
      const dockerfile::InstallerCommand* installer = ctx.installer(command);
      if (!installer || installer->kind.program != "pdm") continue;
      if (installer->kind.subcommand != "install" && installer->kind.subcommand != "sync") continue;
      if (installer->has("--prod") || installer->has("--production")) continue;
      ctx.report(kInfo, core::cover(command.words.front().span, command.words.back().span),
                 "`pdm " + installer->kind.subcommand +
                     "` in a stage that ships installs the dev dependency groups too; add `--prod` (with "
                     "`--frozen-lockfile` to install exactly what pdm.lock says)");
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df025_pdm_install_dev, PdmInstallDev)

}  // namespace plimsoll::rules
