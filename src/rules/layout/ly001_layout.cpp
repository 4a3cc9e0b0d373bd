// LY001 layout: with a compose file and an env file per environment, a project stays readable
// only if each kind has its directory (`compose/`, `env/`, `docker/`), as the layout standard
// lays out; the Makefile then names them.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "project/project.h"
#include "rules/layout/environments.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "util/format.h"
#include "util/path.h"

namespace plimsoll::rules {
namespace {

constexpr kit::StringOption kComposeDir{"compose-dir", "compose", "Directory for compose files."};
constexpr kit::StringOption kEnvDir{"env-dir", "env", "Directory for env files and their templates."};
constexpr kit::StringOption kDockerDir{"docker-dir", "docker", "Directory for Dockerfiles and their ignore files."};
constexpr OptionSpec kOptions[] = {kComposeDir, kEnvDir, kDockerDir};
constexpr RuleInfo kInfo{"LY001", "layout", core::Severity::kInfo, "layout",
                         "Profile layout: `compose/`, `env/`, `docker/` directories.", "ly001_layout", kOptions};

class Layout final : public kit::ProjectRule<kInfo> {
  void check(ProjectContext& ctx) const override {
    const project::Project& project = ctx.project();
    if (project_environments(project).size() < 2) return;
    const std::string compose_dir = option<kComposeDir>(ctx.settings());
    const std::string env_dir = option<kEnvDir>(ctx.settings());
    const std::string docker_dir = option<kDockerDir>(ctx.settings());
    auto expect_in = [&](const std::string& path, const std::shared_ptr<const core::SourceFile>& source,
                     const std::string& dir, std::string_view kind) {
      if (util::basename(util::parent_dir(path)) == dir) return;
      ctx.report_file(kInfo, source,
                      util::format("{} `{}` belongs in `{}/`: with several environments, one directory per kind "
                                   "keeps each environment's files side by side",
                                   kind, util::basename(path), dir));
    };
    // Checked compose files by normal path, looked up once per document (a scan per document
    // made this rule quadratic in compose files).
    std::map<std::string, std::vector<const std::string*>> checked;
    for (const auto& f : project.compose_files) checked[util::normal_path(f)].push_back(&f);
    for (const auto& stack : project.stacks) {
      for (const auto& doc : stack.documents) {
        auto it = checked.find(util::normal_path(doc.path));
        if (it == checked.end()) continue;
        for (const std::string* f : it->second) expect_in(*f, doc.source, compose_dir, "compose file");
      }
    }
    for (const auto& env : project.env_files) {
      // compose reads `.env` beside the compose files by itself: it may stay where it is.
      if (env.checked && util::basename(env.path) != ".env") expect_in(env.path, env.source, env_dir, "env file");
    }
    for (const auto& d : project.dockerfiles) {
      if (d.checked) expect_in(d.path, d.source, docker_dir, "Dockerfile");
    }
  }
};

}  // namespace

PLIMSOLL_RULE(ly001_layout, Layout)

}  // namespace plimsoll::rules
