// EN002 env-example-drift: the `.example` template is how a new environment gets set up; a key
// missing from either side means a broken deploy or an undocumented setting.
#include <set>
#include <string>
#include <string_view>

#include "project/file_kind.h"
#include "project/project.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "util/format.h"
#include "util/path.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"EN002", "env-example-drift", core::Severity::kWarning, "env",
                         "Keys in `.env.<env>` and its `.example` must match.", "en002_env_example_drift"};

std::string joined(const std::vector<std::string>& keys) {
  std::string out;
  for (std::size_t i = 0; i < keys.size() && i < 8; ++i) out += (i ? ", " : "") + ("`" + keys[i] + "`");
  if (keys.size() > 8) out += util::format(" and {} more", keys.size() - 8);
  return out;
}

class EnvExampleDrift final : public kit::EnvFileRule<kInfo> {
  void check(const project::LoadedEnvFile& env, ProjectContext& ctx) const override {
    if (project::is_env_template_name(util::basename(env.path))) return;
    const project::Project& project = ctx.project();
    const project::LoadedEnvFile* example = nullptr;
    for (std::string_view suffix : {".example", ".sample", ".template", ".dist"}) {
      example = project.env_file(env.path + std::string(suffix));
      if (example != nullptr) break;
    }
    if (example == nullptr) return;
    std::set<std::string> in_example;
    for (const auto& e : example->env.entries) in_example.insert(e.key);
    std::set<std::string> in_env;
    for (const auto& e : env.env.entries) {
      if (!in_env.insert(e.key).second) continue;
      if (!in_example.contains(e.key)) {
        ctx.report(kInfo, env.source, e.key_span,
                   util::format("`{}` is set here but not in `{}`; add it to the template (with a placeholder "
                                "value) so every environment knows it exists",
                                e.key, util::basename(example->path)));
      }
    }
    std::vector<std::string> missing;
    for (const auto& key : in_example) {
      if (!in_env.contains(key)) missing.push_back(key);
    }
    if (!missing.empty()) {
      ctx.report_file(kInfo, env.source,
                      util::format("`{}` defines {} but `{}` does not; set them, or remove them from the template",
                                   util::basename(example->path), joined(missing), util::basename(env.path)));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(en002_env_example_drift, EnvExampleDrift)

}  // namespace plimsoll::rules
