// DC010 secret-in-environment: a credential written into a compose file is in git, in every
// clone and in `docker inspect`; values belong in env files, secrets or the runtime.
#include "compose/service.h"
#include "knowledge/secret_names.h"
#include "knowledge/secret_patterns.h"
#include "rules/compose/services.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DC010", "secret-in-environment", core::Severity::kError, "compose",
                         "Literal credentials under `environment:`; use `env_file`, `secrets:` or runtime injection.",
                         "dc010_secret_in_environment"};

class SecretInEnvironment final : public kit::ServiceRule<kInfo> {
  void check(const ServiceView& service, ProjectContext& ctx) const override {
    for (const compose::EnvironmentVariable& variable : service.typed.environment) {
      if (!variable.value || variable.value->empty()) continue;
      const util::YamlNode& value = *variable.node;
      // `${DB_PASSWORD}` comes from an env file or the shell at run time: that is the fix.
      if (service.stack.written_as_reference(value) || knowledge::is_placeholder(*variable.value)) continue;
      if (knowledge::looks_like_secret_name(variable.name)) {
        ctx.report_node(kInfo, service.stack, value,
                        util::format("service `{}` writes `{}` into the compose file; reference it as `${{{}}}` "
                                     "from a git-ignored env file, or use `secrets:`",
                                     service.name, variable.name, variable.name));
      } else if (auto found = knowledge::find_secret(*variable.value)) {
        ctx.report_node(kInfo, service.stack, value,
                        util::format("service `{}` sets `{}` to what looks like a {}; move it out of the compose "
                                     "file and rotate it",
                                     service.name, variable.name, found->kind));
      }
    }
  }
};

}  // namespace

PLIMSOLL_RULE(dc010_secret_in_environment, SecretInEnvironment)

}  // namespace plimsoll::rules
