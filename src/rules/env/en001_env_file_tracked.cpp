// EN001 env-file-tracked: real env files hold the values the templates leave out; committed,
// they are in every clone and in the history for good.
#include <string_view>

#include "knowledge/secret_names.h"
#include "knowledge/secret_values.h"
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

// Test inputs: env files a test suite reads are data committed on purpose, not an environment.
bool is_test_data(std::string_view path) {
  for (std::string_view dir : {"testdata", "fixtures", "__fixtures__", "test-fixtures", "__mocks__"}) {
    if (util::has_directory(path, dir)) return true;
  }
  return false;
}

// The first entry that holds a real credential, judged as the secret rules judge values: a
// token format or a password in a URL to a remote host, or a secret-named key with a
// high-entropy value. Placeholders, references, settings, guessable defaults and throwaway
// passwords to a local host are not a leak.
const envfile::EnvEntry* first_credential(const envfile::EnvFile& env) {
  for (const envfile::EnvEntry& entry : env.entries) {
    if (entry.inherited || entry.raw_value.empty()) continue;
    if (auto found = knowledge::find_credential(entry.raw_value)) {
      if (found->strong || (found->match.url && !found->local)) return &entry;
      continue;
    }
    if (knowledge::looks_like_secret_name(entry.key) &&
        knowledge::classify_secret_value(entry.key, entry.raw_value) == knowledge::SecretValue::kStrong) {
      return &entry;
    }
  }
  return nullptr;
}

class EnvFileTracked final : public kit::EnvFileRule<kInfo> {
  void check(const project::LoadedEnvFile& env, ProjectContext& ctx) const override {
    const auto& git = ctx.project().git;
    if (!git) return;  // outside a repository there is nothing to commit by mistake
    if (project::is_env_template_name(util::basename(env.path)) || is_test_data(env.path)) return;
    const envfile::EnvEntry* credential = first_credential(env.env);
    if (git->is_tracked(env.path)) {
      // Error when the history already holds a credential; a committed file of settings alone
      // leaks nothing yet, and says so.
      std::string held = credential != nullptr
                             ? util::format("it holds `{}`, so rotate that value and ", credential->key)
                             : std::string("nothing in it looks like a credential yet, but the next one written there "
                                           "lands in the history; ");
      ctx.report_file(kInfo, env.source,
                 util::format("`{}` is committed to git; {}remove it with `git rm --cached {}`, keeping only a "
                              "`.example` template in the repository",
                              util::basename(env.path), held, env.path),
                 credential != nullptr ? core::Severity::kError : core::Severity::kWarning);
    } else if (!git->is_ignored(env.path)) {
      ctx.report_file(kInfo, env.source,
                 util::format("`{}` is not git-ignored, so the next `git add .` commits it; add `.env*` and "
                              "`!*.example` to .gitignore",
                              util::basename(env.path)),
                 core::Severity::kWarning);
    }
  }
};

}  // namespace

PLIMSOLL_RULE(en001_env_file_tracked, EnvFileTracked)

}  // namespace plimsoll::rules
