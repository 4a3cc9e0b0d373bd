// DF027 npm-install-in-production: `npm install` may rewrite the lockfile and install what it
// resolves today; `npm ci` installs exactly the lockfile. `--only=production` is deprecated.
#include "rules/dockerfile/helpers.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF027", "npm-install-in-production", core::Severity::kWarning, "dockerfile",
                         "Use `npm ci` (not `npm install`); `--only=production` is deprecated, use `--omit=dev`.",
                         "df027_npm_install_in_production", {}, Fixes::kOffered};

// Whether a RUN follows `run` in its stage: it may need the dev dependencies (`npm run build`).
bool run_follows(const dockerfile::Instruction& run, const dockerfile::Stage& stage) {
  bool after = false;
  for (const dockerfile::Instruction* in : stage.instructions) {
    if (after && in->kind == dockerfile::Keyword::kRun) return true;
    after = after || in == &run;
  }
  return false;
}

// `npm install` → `npm ci --omit=dev`; only `ci` when the command already says what to omit
// (a deprecated `--production` has its own fix to `--omit=dev`). No fix when a later RUN of the
// stage could use the dev dependencies `--omit=dev` leaves out: the build would break.
std::optional<core::Fix> ci_fix(const dockerfile::Instruction& run, const sh::Command& command,
                                const dockerfile::InstallerCommand& install, const dockerfile::Stage& stage) {
  const sh::Word& sub = command.words[1];
  if (run.json || sub.raw != sub.value) return std::nullopt;
  bool omits = install.has("--omit") || install.has("--only") || install.has("--production");
  // No fix when a later RUN of the stage may need the dev dependencies --omit=dev leaves out
  // (`npm run build`). Unsafe otherwise: `npm ci` fails without a package-lock.json in step with
  // package.json.
  if (!omits && run_follows(run, stage)) return std::nullopt;
  return core::Fix{"Use npm ci --omit=dev", {{sub.span, omits ? "ci" : "ci --omit=dev"}}, core::Applicability::kUnsafe};
}

class NpmInstallInProduction final : public kit::InstructionRule<kInfo, dockerfile::Keyword::kRun> {
  void check(const dockerfile::Instruction& run, FileContext& ctx) const override {
    if (ctx.stage_index() < 0) return;
    bool shipped = ctx.is_shipped(ctx.stage_index());
    for (const auto& command : ctx.script(run).commands) {
      if (command.program() != "npm" || command.words.size() < 2) continue;
      for (const auto& word : command.words) {
        if (word.value == "--only=production" || word.value == "--only=prod" || word.value == "--production") {
          std::optional<core::Fix> fix;
          if (!run.json && word.raw == word.value) // Unsafe: npm 6 (Node 14 and older) does not know --omit and installs devDependencies.
          if (!run.json && word.raw == word.value) fix = core::Fix{"Use --omit=dev", {{word.span, "--omit=dev"}}, core::Applicability::kUnsafe};
          ctx.report(kInfo, word.span, util::format("`{}` is deprecated; use `--omit=dev`", word.value), std::move(fix));
        }
      }
      const dockerfile::InstallerCommand* installer = ctx.installer(command);
      if (!shipped || !installer) continue;
      if (installer->kind.subcommand != "install" && installer->kind.subcommand != "i") continue;
      // `npm install <pkg>` adds a dependency: another matter. An option's value (`--loglevel warn`)
      // is not a package.
      if (installer->has_packages() || installer->has("-g") || installer->has("--global")) continue;
      ctx.report(kInfo, core::cover(command.words.front().span, command.words[1].span),
                 "`npm install` in a stage that ships may update package-lock.json and install other versions; use "
                 "`npm ci --omit=dev`",
                 ci_fix(run, command, *installer, ctx.model().stages[static_cast<std::size_t>(ctx.stage_index())]));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df027_npm_install_in_production, NpmInstallInProduction)

}  // namespace plimsoll::rules
