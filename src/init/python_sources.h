// The manifests of a Python project (pyproject.toml, Pipfile, requirements.txt) read into the
// names detection asks about: dependencies, development dependencies, scripts, requires-python.
#pragma once

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "init/project_dir.h"
#include "util/result.h"

namespace plimsoll::init {

struct PythonSources {
  std::set<std::string> dependencies;      // normalised names (with extras)
  std::set<std::string> dev_dependencies;  // dependency groups, dev-packages, dev-dependencies
  std::string project_name;
  std::vector<std::pair<std::string, std::string>> scripts;  // name → "module:function"
  std::string requires_python;
  std::string requires_python_from;  // the key it was read from, for messages
};

// Reads the manifests present; requirements.txt only for the pip stack (elsewhere a lock file
// installs). A manifest that does not parse is an error naming it and the position.
util::Result<PythonSources> read_python_sources(const ProjectDir& dir, const std::string& stack);

// The requirements of requirements.txt (and the files it includes with -r/-c, relative to it)
// that do not pin one version: no `==`/`===` without a wildcard, and no --hash. Comments,
// blank lines, options, editable and local installs and environment markers are no
// requirement to pin. Each entry is "file:line name". Bounded: 16 files, 4 MiB each.
std::vector<std::string> unpinned_requirements(const ProjectDir& dir, const std::string& path = "requirements.txt");

// True when `name` (normalised, lower case) is a dependency, with or without extras.
bool depends_on(const PythonSources& s, const std::string& name);

}  // namespace plimsoll::init
