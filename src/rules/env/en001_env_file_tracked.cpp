// EN001 env-file-tracked: real env files hold the values the templates leave out; committed,
// they are in every clone and in the history for good.
#include <string_view>

#include "project/file_kind.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "util/format.h"
#include "util/path.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"EN001", "env-file-tracked", core::Severity::kError, "env",
                         "`.env*` files other than `*.example` must be git-ignored and untracked.",
                         "en001_env_file_tracked"};

class EnvFileTracked final : public kit::EnvFileRule<kInfo> {
  void check(const project::LoadedEnvFile& env, ProjectContext& ctx) const override {
    const auto& git = ctx.project().git;
    if (!git) return;  // outside a repository there is nothing to commit by mistake
    if (project::is_env_template_name(util::basename(env.path))) return;
    if (git->is_tracked(env.path)) {
      ctx.report_file(kInfo, env.source,
                      util::format("`{}` is committed to git; remove it with `git rm --cached {}`, rotate the values "
                                   "it held, and keep only a `.example` template in the repository",
                                   util::basename(env.path), env.path));
    } else if (!git->is_ignored(env.path)) {
      ctx.report_file(kInfo, env.source,
                      util::format("`{}` is not git-ignored, so the next `git add .` commits it; add `.env*` and "
                                   "`!*.example` to .gitignore",
                                   util::basename(env.path)));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(en001_env_file_tracked, EnvFileTracked)

}  // namespace plimsoll::rules
