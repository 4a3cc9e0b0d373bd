// DI002 dockerignore-incomplete: the standard's minimum: repository metadata, bytecode, env
// files, virtualenvs and node_modules never belong in a build context. Bytecode, virtualenvs and
// node_modules are asked for only where the context holds a Python or a Node project.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "rules/context/build_contexts.h"
#include "rules/kit/project_shapes.h"
#include "rules/project_context.h"
#include "util/format.h"
#include "util/path.h"

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

enum class Ecosystem { kAny, kPython, kNode };

// The sample paths that only a Python or a Node project produces locally (bytecode, virtualenvs,
// node_modules); the rest (.git, env files, anything configured) hold for every project.
Ecosystem ecosystem_of(std::string_view probe) {
  if (probe.find("__pycache__") != std::string_view::npos || probe.ends_with(".pyc") ||
      probe.ends_with("venv/bin/python")) {
    return Ecosystem::kPython;
  }
  if (probe.starts_with("node_modules/") || probe.find("/node_modules/") != std::string_view::npos) {
    return Ecosystem::kNode;
  }
  return Ecosystem::kAny;
}

struct Ecosystems {
  bool python = false;
  bool node = false;
};

// What the context holds: Python sources or manifests make bytecode and virtualenvs likely,
// a package.json makes node_modules likely. A walk cut short at its bound proves nothing, so
// then every ecosystem counts.
Ecosystems ecosystems_in(const BuildContext& build) {
  if (build.truncated()) return {true, true};
  Ecosystems found;
  for (const std::string& path : build.all_files()) {
    std::string_view name = util::basename(path);
    if (name.ends_with(".py") || name == "pyproject.toml" || name == "setup.cfg" || name == "Pipfile" ||
        (name.starts_with("requirements") && name.ends_with(".txt")) ||
        path.find("__pycache__/") != std::string::npos) {
      found.python = true;
    }
    if (name == "package.json" || path.find("node_modules/") != std::string::npos) found.node = true;
    if (found.python && found.node) break;
  }
  return found;
}

bool applies(std::string_view probe, const Ecosystems& found) {
  switch (ecosystem_of(probe)) {
    case Ecosystem::kPython: return found.python;
    case Ecosystem::kNode: return found.node;
    case Ecosystem::kAny: return true;
  }
  return true;
}

// The pattern that excludes a sample path, for the message.
std::string pattern_for(std::string_view probe) {
  if (probe.starts_with(".git/")) return "`.git`";
  if (probe.find("__pycache__") != std::string_view::npos) return "`**/__pycache__`";
  if (probe.ends_with(".pyc")) return "`**/*.pyc`";
  if (probe.starts_with(".env")) return "`.env*` with `!*.example`";
  if (probe.ends_with("venv/bin/python")) return util::format("`{}`", probe.substr(0, probe.find('/')));
  if (ecosystem_of(probe) == Ecosystem::kNode) return "`node_modules`";
  return util::format("`{}`", probe);
}

class DockerignoreIncomplete final : public kit::BuildContextRule<kInfo> {
  void check(const BuildContext& build, ProjectContext& ctx) const override {
    std::vector<std::string> probes = option<kMustExclude>(ctx.settings());
    if (!build.ignore_source) return;
    // Asked of the matcher, so `**/*.pyc`, `*.pyc` at the root only, `!` re-inclusions and
    // directory patterns all count exactly as BuildKit reads them.
    Ecosystems found = ecosystems_in(build);
    std::vector<std::string> kept;
    std::vector<std::string> patterns;
    for (const auto& probe : probes) {
      if (!applies(probe, found) || build.excluded(probe)) continue;
      kept.push_back(probe);
      std::string pattern = pattern_for(probe);
      if (std::find(patterns.begin(), patterns.end(), pattern) == patterns.end()) patterns.push_back(pattern);
    }
    if (kept.empty()) return;
    ctx.report_file(kInfo, build.ignore_source,
                    util::format("the ignore file lets `{}` into the build context; exclude {} ({})",
                                 fmt::join(kept, "`, `"), kept.size() == 1 ? "it" : "them",
                                 fmt::join(patterns, ", ")));
  }
};

}  // namespace

PLIMSOLL_RULE(di002_dockerignore_incomplete, DockerignoreIncomplete)

}  // namespace plimsoll::rules
