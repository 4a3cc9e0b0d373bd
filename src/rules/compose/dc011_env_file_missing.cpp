// DC011 env-file-missing: compose refuses to start a service whose `env_file` does not exist
// (unless it is marked `required: false`).
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
      std::string hint = files.is_regular_file(full + ".example")
                             ? util::format("; create it from the template: `cp {0}.example {0}`", env_file.path)
                             : "; create it, or mark it `required: false` in the long syntax";
      ctx.report_node(kInfo, service.stack, path,
                      util::format("service `{}` reads env file `{}`, which does not exist{}", service.name,
                                   env_file.path, hint));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(dc011_env_file_missing, EnvFileMissing)

}  // namespace plimsoll::rules
