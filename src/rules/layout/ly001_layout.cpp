// LY001 layout: with a compose file and an env file per environment, a project stays readable
// only if each kind has its directory (`compose/`, `env/`, `docker/`), as the layout standard
// lays out; the Makefile then names them.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "project/project.h"
#include "rules/layout/environments.h"
#include "rules/layout/layout_rules.h"
#include "rules/project_context.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr OptionSpec kOptions[] = {
    {"compose-dir", OptionKind::kString, "compose", "Directory for compose files."},
    {"env-dir", OptionKind::kString, "env", "Directory for env files and their templates."},
    {"docker-dir", OptionKind::kString, "docker", "Directory for Dockerfiles and their ignore files."},
};
constexpr RuleInfo kInfo{"LY001", "layout", core::Severity::kInfo, "layout",
                         "Profile layout: `compose/`, `env/`, `docker/` directories.", "ly001_layout", kOptions};

std::string_view base_name(std::string_view path) {
  std::size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

class Layout final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }
  Interest interest() const override { return Interest::at_project(); }
  void on_project(ProjectContext& ctx) const override {
    const project::Project& project = ctx.project();
    if (project_environments(project).size() < 2) return;
    const RuleSettings& settings = ctx.settings();
    auto check = [&](const std::string& path, const std::shared_ptr<const core::SourceFile>& source,
                     std::string_view option, std::string_view kind) {
      std::string dir = settings.string_option(kInfo, option);
      if (base_name(project::parent_dir(path)) == dir) return;
      ctx.report_file(kInfo, source,
                      util::format("{} `{}` belongs in `{}/`: with several environments, one directory per kind "
                                   "keeps each environment's files side by side",
                                   kind, base_name(path), dir));
    };
    // Checked compose files by normal path, looked up once per document (a scan per document
    // made this rule quadratic in compose files).
    std::map<std::string, std::vector<const std::string*>> checked;
    for (const auto& f : project.compose_files) checked[project::normal_path(f)].push_back(&f);
    for (const auto& stack : project.stacks) {
      for (const auto& doc : stack.documents) {
        auto it = checked.find(project::normal_path(doc.path));
        if (it == checked.end()) continue;
        for (const std::string* f : it->second) check(*f, doc.source, "compose-dir", "compose file");
      }
    }
    for (const auto& env : project.env_files) {
      // compose reads `.env` beside the compose files by itself: it may stay where it is.
      if (env.checked && base_name(env.path) != ".env") check(env.path, env.source, "env-dir", "env file");
    }
    for (const auto& d : project.dockerfiles) {
      if (d.checked) check(d.path, d.source, "docker-dir", "Dockerfile");
    }
  }
};

}  // namespace

const Rule& ly001_layout() {
  static const Layout rule;
  return rule;
}

}  // namespace plimsoll::rules
