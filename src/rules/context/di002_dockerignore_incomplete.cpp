// DI002 dockerignore-incomplete: the standard's minimum: repository metadata, bytecode, env
// files, virtualenvs and node_modules never belong in a build context.
#include <string>
#include <vector>

#include "rules/context/build_contexts.h"
#include "rules/context/context_rules.h"
#include "rules/project_context.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr OptionSpec kOptions[] = {
    {"must-exclude", OptionKind::kStringList,
     ".git/HEAD,app/__pycache__/module.cpython-312.pyc,app/module.pyc,.env,.env.production,.venv/bin/python,"
     "venv/bin/python,node_modules/package/index.js",
     "Paths (relative to the context) the ignore file must exclude; add test data such as `tests/fixtures/big.bin`."},
};
constexpr RuleInfo kInfo{"DI002", "dockerignore-incomplete", core::Severity::kWarning, "context",
                         "It must exclude `.git`, `__pycache__`/`*.pyc`, `.env*` (keep `*.example`), `venv`/`.venv`, "
                         "`node_modules`, test data (list configurable).",
                         "di002_dockerignore_incomplete", kOptions};

class DockerignoreIncomplete final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }
  Interest interest() const override { return Interest::at_project(); }
  void on_project(ProjectContext& ctx) const override {
    std::vector<std::string> probes = ctx.settings().list_option(kInfo, "must-exclude");
    for (const BuildContext& build : build_contexts(ctx)) {
      if (!build.ignore_source) continue;
      // Asked of the matcher, so `**/*.pyc`, `*.pyc` at the root only, `!` re-inclusions and
      // directory patterns all count exactly as BuildKit reads them.
      std::vector<std::string> kept;
      for (const auto& probe : probes) {
        if (!build.excluded(probe)) kept.push_back(probe);
      }
      if (kept.empty()) continue;
      ctx.report_file(kInfo, build.ignore_source,
                      util::format("the ignore file lets {} into the build context; exclude them (e.g. `.git`, "
                                   "`**/__pycache__`, `**/*.pyc`, `.env*` with `!*.example`, `.venv`, `venv`, "
                                   "`node_modules`)",
                                   util::format("`{}`", fmt::join(kept, "`, `"))));
    }
  }
};

}  // namespace

const Rule& di002_dockerignore_incomplete() {
  static const DockerignoreIncomplete rule;
  return rule;
}

}  // namespace plimsoll::rules
