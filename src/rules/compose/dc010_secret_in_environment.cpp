// DC010 secret-in-environment: a credential written into a compose file is in git, in every
// clone and in `docker inspect`; values belong in env files, secrets or the runtime.
#include "compose/merge.h"
#include "knowledge/secret_names.h"
#include "knowledge/secret_patterns.h"
#include "rules/compose/compose_rules.h"
#include "rules/compose/services.h"
#include "rules/project_context.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DC010", "secret-in-environment", core::Severity::kError, "compose",
                         "Literal credentials under `environment:`; use `env_file`, `secrets:` or runtime injection.",
                         "dc010_secret_in_environment"};

class SecretInEnvironment final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }
  Interest interest() const override { return Interest::at_project(); }
  void on_project(ProjectContext& ctx) const override {
    for_each_service(ctx.project(), [&](const ServiceView& service) {
      const util::YamlNode* environment = service.node.find("environment");
      if (environment == nullptr) return;
      util::YamlNode map = compose::as_mapping(*environment);
      for (const auto& entry : map.entries) {
        const util::YamlNode& value = entry.value;
        if (!value.is_scalar() || value.scalar.empty()) continue;
        // `${DB_PASSWORD}` comes from an env file or the shell at run time: that is the fix.
        if (written_as_reference(service.stack, value) || knowledge::is_placeholder(value.scalar)) continue;
        if (knowledge::looks_like_secret_name(entry.key.scalar)) {
          ctx.report_node(kInfo, service.stack, value,
                          util::format("service `{}` writes `{}` into the compose file; reference it as `${{{}}}` "
                                       "from a git-ignored env file, or use `secrets:`",
                                       service.name, entry.key.scalar, entry.key.scalar));
        } else if (auto found = knowledge::find_secret(value.scalar)) {
          ctx.report_node(kInfo, service.stack, value,
                          util::format("service `{}` sets `{}` to what looks like a {}; move it out of the compose "
                                       "file and rotate it",
                                       service.name, entry.key.scalar, found->kind));
        }
      }
    });
  }
};

}  // namespace

const Rule& dc010_secret_in_environment() {
  static const SecretInEnvironment rule;
  return rule;
}

}  // namespace plimsoll::rules
