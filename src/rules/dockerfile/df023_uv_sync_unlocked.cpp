// DF023 uv-sync-unlocked: `uv sync` without --frozen/--locked may re-resolve and install other
// versions than the lockfile; a shipped stage must also leave dev dependencies out.
#include "rules/dockerfile/helpers.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF023", "uv-sync-unlocked", core::Severity::kWarning, "dockerfile",
                         "`uv sync` must use `--frozen` or `--locked`; in a production stage also `--no-dev`.",
                         "df023_uv_sync_unlocked"};

class UvSyncUnlocked final : public kit::InstructionRule<kInfo, dockerfile::Keyword::kRun> {
  void check(const dockerfile::Instruction& run, FileContext& ctx) const override {
    const dockerfile::Stage* stage = current_stage(ctx);
    if (stage == nullptr) return;
    bool shipped = ctx.is_shipped(stage->index);
    for (const auto& command : ctx.script(run).commands) {
      const dockerfile::InstallerCommand* installer = ctx.installer(command);
      if (!installer || installer->kind.program != "uv" || installer->kind.subcommand != "sync") continue;
      core::Span span = core::cover(command.words.front().span, command.words.back().span);
      auto env_true = [&](std::string_view name) {
        auto v = env_for(*stage, command, name);
        return v && is_truthy(*v);
      };
      if (!installer->has("--frozen") && !installer->has("--locked") && !env_true("UV_FROZEN") &&
          !env_true("UV_LOCKED")) {
        ctx.report(kInfo, span,
                   "`uv sync` without `--locked` or `--frozen` may resolve versions other than uv.lock's; add "
                   "`--locked` (fail when the lock is stale) or `--frozen`");
      }
      bool no_dev = installer->has("--no-dev") || installer->has("--only-group") ||
                    installer->has("--no-default-groups") || env_true("UV_NO_DEV");
      if (shipped && !no_dev) {
        ctx.report(kInfo, span, "`uv sync` in a stage that ships installs the dev dependencies too; add `--no-dev`");
      }
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df023_uv_sync_unlocked, UvSyncUnlocked)

}  // namespace plimsoll::rules
