// DI001 dockerignore-missing: without an ignore file the whole context (.git, local env files,
// virtualenvs, node_modules) is sent to the builder, slows every build and can land in images.
#include "rules/context/build_contexts.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DI001", "dockerignore-missing", core::Severity::kWarning, "context",
                         "The build context needs a `.dockerignore` (or BuildKit's `<Dockerfile>.dockerignore` next to "
                         "the Dockerfile).",
                         "di001_dockerignore_missing"};

class DockerignoreMissing final : public kit::BuildContextRule<kInfo> {
  void check(const BuildContext& build, ProjectContext& ctx) const override {
    if (build.ignore_source) return;
    ctx.report_file(kInfo, build.dockerfile->source,
                    util::format("the build context `{}` has no .dockerignore, so everything in it (.git, env "
                                 "files, virtualenvs, node_modules) is sent to the builder; add a `.dockerignore` at its root",
                                 build.dir));
  }
};

}  // namespace

PLIMSOLL_RULE(di001_dockerignore_missing, DockerignoreMissing)

}  // namespace plimsoll::rules
