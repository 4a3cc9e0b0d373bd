// DC010 secret-in-environment: a credential written into a compose file is in git, in every
// clone and in `docker inspect`; values belong in env files, secrets or the runtime.
#include <algorithm>
#include <string>
#include <string_view>

#include "compose/service.h"
#include "knowledge/secret_names.h"
#include "knowledge/secret_values.h"
#include "project/stacks.h"
#include "rules/compose/services.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "util/format.h"
#include "util/path.h"
#include "util/text.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DC010", "secret-in-environment", core::Severity::kError, "compose",
                         "Literal credentials under `environment:`; use `env_file`, `secrets:` or runtime injection.",
                         "dc010_secret_in_environment"};

using knowledge::SecretValue;

// Names of files and directories for tests or CI.
constexpr std::string_view kTestNames[] = {"test", "tests", "testing", "ci", "e2e"};

// A weak literal (`POSTGRES_PASSWORD: postgres`) is not a leaked secret but a public, guessable
// one: in a file for production it is as good as leaked (error), in a file for development or
// tests it sets up a throwaway database (info), and a file that says neither gets a warning.
core::Severity weak_severity(const ServiceView& service, const util::YamlNode& value) {
  std::string env = project::environment_name(service.stack.document_of(value).path);
  if (env == "prod" || env == "production" || env == "live") return core::Severity::kError;
  for (std::string_view dev : {"dev", "development", "local", "override"}) {
    if (env == dev) return core::Severity::kInfo;
  }
  if (std::find(std::begin(kTestNames), std::end(kTestNames), env) != std::end(kTestNames)) return core::Severity::kInfo;
  return core::Severity::kWarning;
}

// A file for tests or CI (its name, `compose.ci.yaml`, or a directory it sits in, `.ci/`, `tests/`):
// a random-looking password there most often guards a database the run throws away, so a strong
// value it writes is a warning, not the promise of a leak an error makes. A recognised token
// format (`ghp_…`, `sk_live_…`) stays an error anywhere: no throwaway service issues one.
bool for_tests_or_ci(const ServiceView& service, const util::YamlNode& value, const std::string& project_root) {
  auto named = [&](std::string_view name) {
    std::string lower = util::to_lower_ascii(name);
    if (!lower.empty() && lower.front() == '.') lower.erase(0, 1);
    return std::find(std::begin(kTestNames), std::end(kTestNames), lower) != std::end(kTestNames);
  };
  const std::string& path = service.stack.document_of(value).path;
  if (named(project::environment_name(path))) return true;
  // Only directories inside the project count: a checkout that itself sits under `tests/`
  // says nothing about its files.
  std::string file = util::absolute_path(path);
  std::string root = util::absolute_path(project_root.empty() ? "." : project_root);
  if (file == root || !util::is_inside(file, root)) return false;
  std::string_view relative = std::string_view(file).substr(root == "/" ? 1 : root.size() + 1);
  for (std::size_t slash = relative.find('/'); slash != std::string_view::npos; slash = relative.find('/')) {
    if (named(relative.substr(0, slash))) return true;
    relative.remove_prefix(slash + 1);
  }
  return false;
}

core::Severity strong_severity(const ServiceView& service, const util::YamlNode& value, const std::string& text,
                               const ProjectContext& ctx) {
  if (auto found = knowledge::find_credential(text); found && !found->match.url) return core::Severity::kError;
  return for_tests_or_ci(service, value, ctx.project().root) ? core::Severity::kWarning : core::Severity::kError;
}

class SecretInEnvironment final : public kit::ServiceRule<kInfo> {
  void check(const ServiceView& service, ProjectContext& ctx) const override {
    for (const compose::EnvironmentVariable& variable : service.typed.environment) {
      if (!variable.value || variable.value->empty()) continue;
      const util::YamlNode& value = *variable.node;
      // `${DB_PASSWORD}` comes from an env file or the shell at run time: that is the fix.
      if (service.stack.written_as_reference(value)) continue;
      if (knowledge::looks_like_secret_name(variable.name)) {
        SecretValue judged = knowledge::classify_secret_value(variable.name, *variable.value);
        if (judged == SecretValue::kStrong) {
          ctx.report_node(kInfo, service.stack, value,
                          util::format("service `{}` writes `{}` into the compose file; reference it as `${{{}}}` "
                                       "from a git-ignored env file, or use `secrets:`",
                                       service.name, variable.name, variable.name),
                          {}, strong_severity(service, value, *variable.value, ctx));
        } else if (judged == SecretValue::kWeak) {
          ctx.report_node(kInfo, service.stack, value,
                          util::format("service `{}` sets `{}` to a weak literal credential that anyone reading the "
                                       "file can use; reference it as `${{{}}}` from a git-ignored env file, or use "
                                       "`secrets:`",
                                       service.name, variable.name, variable.name),
                          {}, weak_severity(service, value));
        }
      } else if (auto found = knowledge::find_credential(*variable.value)) {
        if (found->strong) {
          ctx.report_node(kInfo, service.stack, value,
                          util::format("service `{}` sets `{}` to what looks like a {}; move it out of the compose "
                                       "file and rotate it",
                                       service.name, variable.name, found->match.kind),
                          {}, strong_severity(service, value, *variable.value, ctx));
        } else {
          ctx.report_node(kInfo, service.stack, value,
                          util::format("service `{}` sets `{}` to a URL with a weak literal password for a remote "
                                       "host; move it out of the compose file",
                                       service.name, variable.name),
                          {}, weak_severity(service, value));
        }
      }
    }
  }
};

}  // namespace

PLIMSOLL_RULE(dc010_secret_in_environment, SecretInEnvironment)

}  // namespace plimsoll::rules
