// DC011 env-file-missing: compose refuses to start a service whose `env_file` does not exist
// (unless it is marked `required: false`).
#include <string>
#include <utility>

#include "project/file_kind.h"
#include "project/project.h"
#include "rules/compose/services.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "util/format.h"
#include "util/path.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DC011", "env-file-missing", core::Severity::kError, "compose",
                         "An `env_file` that does not exist (hint: copy from its `.example`).", "dc011_env_file_missing"};

// `<file>.example` and the other template spellings project::is_env_template_name knows.
std::string template_of(const util::Filesystem& files, const std::string& env_file) {
  for (std::string_view suffix : project::env_template_suffixes()) {
    std::string candidate = env_file + std::string(suffix);
    if (files.is_regular_file(candidate)) return candidate;
  }
  return {};
}

// The Makefile target that makes `env_file` (`.env:` with a recipe that writes it), as
// "path:line" and the target's name; empty when no loaded Makefile has one.
std::pair<std::string, std::string> made_by(const project::Project& project, const std::string& env_file) {
  std::string wanted = util::normal_path(env_file);
  for (const project::LoadedMakefile& m : project.makefiles) {
    std::string dir = util::parent_dir(m.path);
    for (const project::MakeTarget& target : m.makefile.targets) {
      if (util::normal_path(util::join_path(dir, target.name)) == wanted) {
        return {util::format("{}:{}", m.path, target.line), target.name};
      }
    }
  }
  return {};
}

class EnvFileMissing final : public kit::ServiceRule<kInfo> {
  void check(const ServiceView& service, ProjectContext& ctx) const override {
    // Through the project's filesystem: an unsaved env file open in the editor exists.
    const util::Filesystem& files = ctx.project().files();
    for (const compose::EnvFile& env_file : service.typed.env_files) {
      if (!env_file.required || env_file.path.empty()) continue;
      const util::YamlNode& path = *env_file.node;
      // Relative to the file that wrote it, as compose resolves it.
      std::string dir = util::parent_dir(service.stack.document_of(path).path);
      std::string full = util::join_path(dir, env_file.path);
      // Outside the project nothing is probed: the project's notices say it was not followed.
      if (!files.admits(full) || files.is_regular_file(full)) continue;
      // A template beside it means the file is git-ignored on purpose and made from the template
      // on each checkout (what EN001 asks for): not a broken stack, a setup step still to do.
      if (std::string template_path = template_of(files, full); !template_path.empty()) {
        std::string copy_from = util::join_path(util::parent_dir(env_file.path), std::string(util::basename(template_path)));
        ctx.report_node(kInfo, service.stack, path,
                        util::format("service `{}` reads env file `{}`, which this checkout does not have yet; "
                                     "`docker compose up` needs it created from its template first: `cp {} {}`",
                                     service.name, env_file.path, copy_from, env_file.path),
                        {}, core::Severity::kInfo);
        continue;
      }
      // A Makefile target that writes the file (`make .env` generating fresh secrets) is the
      // project's setup step, as a template is.
      if (auto [where, target] = made_by(ctx.project(), full); !where.empty()) {
        ctx.report_node(kInfo, service.stack, path,
                        util::format("service `{}` reads env file `{}`, which this checkout does not have yet; "
                                     "`make {}` writes it ({}), run it before `docker compose up`",
                                     service.name, env_file.path, target, where),
                        {}, core::Severity::kInfo);
        continue;
      }
      // Portainer writes a stack's environment variables to `stack.env` beside the compose file
      // when it deploys the stack: a file meant for Portainer, not a broken checkout.
      if (util::basename(env_file.path) == "stack.env") {
        ctx.report_node(kInfo, service.stack, path,
                        util::format("service `{}` reads `{}`, which Portainer writes from the stack's environment "
                                     "variables when it deploys it; `docker compose up` outside Portainer fails "
                                     "without it", service.name, env_file.path),
                        {}, core::Severity::kWarning);
        continue;
      }
      ctx.report_node(kInfo, service.stack, path,
                      util::format("service `{}` reads env file `{}`, which does not exist and has no template "
                                   "beside it; create it, or mark it `required: false` in the long syntax",
                                   service.name, env_file.path));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(dc011_env_file_missing, EnvFileMissing)

}  // namespace plimsoll::rules
