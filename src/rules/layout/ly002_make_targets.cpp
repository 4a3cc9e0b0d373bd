// LY002 make-targets: the layout standard drives every environment through the same Makefile
// targets, so nobody has to remember which `-f` and `--env-file` go together.
#include <string>
#include <vector>

#include "project/project.h"
#include "rules/layout/environments.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "util/format.h"
#include "util/path.h"

namespace plimsoll::rules {
namespace {

constexpr kit::ListOption kTargets{"targets", "dev-up,dev-down,dev-status,dev-logs,dev-rebuild,test-up,test",
                                   "Targets the Makefile must define."};
constexpr OptionSpec kOptions[] = {kTargets};
constexpr RuleInfo kInfo{"LY002", "make-targets", core::Severity::kInfo, "layout",
                         "Makefile targets `dev-up dev-down dev-status dev-logs dev-rebuild test-up test`.",
                         "ly002_make_targets", kOptions};

class MakeTargets final : public kit::ProjectRule<kInfo> {
  void check(ProjectContext& ctx) const override {
    const project::Project& project = ctx.project();
    if (project.stacks.empty()) return;  // no compose project, nothing to drive
    const project::LoadedMakefile* makefile = nullptr;
    for (const auto& m : project.makefiles) {
      if (util::parent_dir(m.path) == util::normal_path(project.root)) makefile = &m;
    }
    if (makefile == nullptr && !project.makefiles.empty()) makefile = &project.makefiles.front();
    std::vector<std::string> wanted = option<kTargets>(ctx.settings());
    if (makefile == nullptr) {
      if (project_environments(project).size() < 2) return;
      const auto& doc = project.stacks.front().documents.front();
      ctx.report_file(kInfo, doc.source,
                      util::format("no Makefile drives these compose files; add one with the targets {}",
                                   util::format("`{}`", fmt::join(wanted, "`, `"))));
      return;
    }
    std::vector<std::string> missing;
    for (const auto& target : wanted) {
      if (!makefile->makefile.has_target(target)) missing.push_back(target);
    }
    if (missing.empty()) return;
    ctx.report_file(kInfo, makefile->source,
                    util::format("the Makefile lacks the target{} {}", missing.size() == 1 ? "" : "s",
                                 util::format("`{}`", fmt::join(missing, "`, `"))));
  }
};

}  // namespace

PLIMSOLL_RULE(ly002_make_targets, MakeTargets)

}  // namespace plimsoll::rules
