// What `plimsoll init` learned about a project from its files, and why; the caller owns it.
// Detection never runs the project's toolchains: everything here was read from files.
#pragma once

#include <string>
#include <vector>

#include "init/project_dir.h"
#include "init/version_requirement.h"
#include "util/result.h"

namespace plimsoll::init {

// Choices the user makes with flags or config keys when detection alone cannot.
struct DetectChoices {
  std::string stack;  // uv pdm poetry pipenv pip npm pnpm yarn yarn-berry bun go cargo; empty: detect
  // The start module (module:attr, module or file), Go main package directory, Node file or
  // Cargo binary; validated against the project's files.
  std::string entry;
  int port = 0;       // 0: the framework's default
};

struct Detection {
  std::string ecosystem;  // python, node, go, rust
  std::string stack;      // one of DetectChoices::stack's names
  std::string name;       // project name, lower case, for images and containers
  std::string language_version;  // "3.12", "22", "1.23", "1.83"
  // What the project's files ask of the language version; all must hold (go directive and
  // toolchain line). Empty: language_version as found or defaulted. choose_base reads them.
  std::vector<VersionRequirement> version_requirements;
  std::string base_image;  // chosen by choose_base: digest-pinned, or a plain tag with a note
  std::string manager_version;   // packageManager's pin (pnpm@9.12.0 → 9.12.0), else empty
  std::string framework;         // django, fastapi, flask, next, nestjs, … or empty
  std::vector<std::string> command;      // production start command, exec form
  std::vector<std::string> dev_command;  // development start command
  std::vector<std::string> test_command;
  int port = 8000;
  std::string entry;       // Go main package (./cmd/api), Cargo bin, Python module, Node file
  std::string python_path;  // python: the directory modules import from ("src"), else empty
  bool has_build_script = false;  // node: scripts.build exists
  std::vector<std::string> build_packages;    // Debian packages the builder needs
  std::vector<std::string> runtime_packages;  // Debian packages the final image needs
  std::vector<std::string> reasons;  // one line per decision, for --explain
  std::vector<std::string> notes;    // things the user should know (ignored files, defaults)
};

// Detects the project under `dir`. Ambiguity (several ecosystems, lock files or entry points)
// and missing lock files are errors whose message lists what was found and the flag to use.
util::Result<Detection> detect(const ProjectDir& dir, const DetectChoices& choices);

// One ecosystem each; `stack` may be preset by a choice. They fill `d` or fail with a refusal.
util::Result<Detection> detect_python(const ProjectDir& dir, const DetectChoices& choices);
util::Result<Detection> detect_node(const ProjectDir& dir, const DetectChoices& choices);
util::Result<Detection> detect_go(const ProjectDir& dir, const DetectChoices& choices);
util::Result<Detection> detect_rust(const ProjectDir& dir, const DetectChoices& choices);

// "3.12" from ">=3.12,<4" or "3.12.4"; the first major.minor in the text, else "".
std::string major_minor(const std::string& text);
// The name a container or image may carry: lower case, [a-z0-9-], never empty.
std::string image_name(const std::string& raw);

}  // namespace plimsoll::init
