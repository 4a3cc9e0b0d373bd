// DI002 dockerignore-incomplete: the standard's minimum: repository metadata, bytecode, env
// files, virtualenvs and node_modules never belong in a build context.
#include <string>
#include <vector>

#include "rules/context/build_contexts.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr kit::ListOption kMustExclude{
    "must-exclude",
    ".git/HEAD,app/__pycache__/module.cpython-312.pyc,app/module.pyc,.env,.env.production,.venv/bin/python,"
    "venv/bin/python,node_modules/package/index.js",
    "Paths (relative to the context) the ignore file must exclude; add test data such as `tests/fixtures/big.bin`."};
constexpr OptionSpec kOptions[] = {kMustExclude};
constexpr RuleInfo kInfo{"DI002", "dockerignore-incomplete", core::Severity::kWarning, "context",
                         "It must exclude `.git`, `__pycache__`/`*.pyc`, `.env*` (keep `*.example`), `venv`/`.venv`, "
                         "`node_modules`, test data (list configurable).",
                         "di002_dockerignore_incomplete", kOptions};

class DockerignoreIncomplete final : public kit::BuildContextRule<kInfo> {
  void check(const BuildContext& build, ProjectContext& ctx) const override {
    std::vector<std::string> probes = option<kMustExclude>(ctx.settings());
    if (!build.ignore_source) return;
    // Asked of the matcher, so `**/*.pyc`, `*.pyc` at the root only, `!` re-inclusions and
    // directory patterns all count exactly as BuildKit reads them.
    std::vector<std::string> kept;
    for (const auto& probe : probes) {
      if (!build.excluded(probe)) kept.push_back(probe);
    }
    if (kept.empty()) return;
    ctx.report_file(kInfo, build.ignore_source,
                    util::format("the ignore file lets {} into the build context; exclude them (e.g. `.git`, "
                                 "`**/__pycache__`, `**/*.pyc`, `.env*` with `!*.example`, `.venv`, `venv`, "
                                 "`node_modules`)",
                                 util::format("`{}`", fmt::join(kept, "`, `"))));
  }
};

}  // namespace

PLIMSOLL_RULE(di002_dockerignore_incomplete, DockerignoreIncomplete)

}  // namespace plimsoll::rules
