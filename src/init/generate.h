// The files `plimsoll init` writes for a detection: paths relative to the project root and
// their full text, rendered from the embedded templates. Nothing is written here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "init/detection.h"
#include "util/result.h"

namespace plimsoll::init {

struct GenerateOptions {
  std::string layout = "per-environment";  // per-environment: compose/ env/ docker/; flat: all in the root
  std::string tool_version;         // written into headers
  int uid = 10001;                  // the runtime user of Python images (Node: node, Go/Rust: 65532)
};

struct GeneratedFile {
  std::string path;     // relative, '/'-separated
  std::string content;
  bool append = false;  // lines missing from an existing file are appended (.gitignore)
};

// The name of a layout init knows, as generate() expects it, or empty. `seed-004` is the old
// spelling of `per-environment`, still accepted so existing scripts and configs keep working.
std::string canonical_layout(std::string_view name);

// Fails only on an unknown layout or a broken template (a defect in data/templates).
util::Result<std::vector<GeneratedFile>> generate(const Detection& detection, const ProjectDir& dir, const GenerateOptions& options);

// `argv` as a Dockerfile/compose exec-form JSON array: ["a", "b"].
std::string exec_form(const std::vector<std::string>& argv);

}  // namespace plimsoll::init
