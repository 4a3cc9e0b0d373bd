// EN001 env-file-tracked: real env files hold the values the templates leave out; committed,
// they are in every clone and in the history for good.
#include <string_view>

#include "project/file_kind.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"EN001", "env-file-tracked", core::Severity::kError, "env",
                         "`.env*` files other than `*.example` must be git-ignored and untracked.",
                         "en001_env_file_tracked"};

std::string_view base_name(std::string_view path) {
  std::size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

class EnvFileTracked final : public kit::EnvFileRule<kInfo> {
  void check(const project::LoadedEnvFile& env, ProjectContext& ctx) const override {
    const auto& git = ctx.project().git;
    if (!git) return;  // outside a repository there is nothing to commit by mistake
    if (project::is_env_template_name(base_name(env.path))) return;
    if (git->is_tracked(env.path)) {
      ctx.report_file(kInfo, env.source,
                      util::format("`{}` is committed to git; remove it with `git rm --cached {}`, rotate the values "
                                   "it held, and keep only a `.example` template in the repository",
                                   base_name(env.path), env.path));
    } else if (!git->is_ignored(env.path)) {
      ctx.report_file(kInfo, env.source,
                      util::format("`{}` is not git-ignored, so the next `git add .` commits it; add `.env*` and "
                                   "`!*.example` to .gitignore",
                                   base_name(env.path)));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(en001_env_file_tracked, EnvFileTracked)

}  // namespace plimsoll::rules
