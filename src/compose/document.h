// One compose file, loaded the way compose loads it: YAML with marks, merge keys applied, and
// every value interpolated (keys never are), with the variables it used and what went wrong.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/location.h"
#include "core/source_file.h"
#include "envfile/template.h"
#include "util/yaml.h"

namespace plimsoll::compose {

struct VariableReference {
  std::string name;
  envfile::Operator op = envfile::Operator::kNone;
  std::string argument;
  uint32_t line = 0;  // of the scalar holding the reference
  uint32_t column = 0;
  uint32_t origin = 0;  // the document's index in its project
};

struct ComposeDocument {
  std::string path;
  std::shared_ptr<const core::SourceFile> source;
  util::YamlNode root;  // interpolated; kNull when the YAML did not load
  bool loaded = false;
  std::vector<core::Diagnostic> diagnostics;   // YAML and interpolation errors
  std::vector<VariableReference> variables;    // every reference in a value
};

struct LoadOptions {
  envfile::Lookup variables;  // the project's `.env` and `--env-file`s; none: every variable unset
  uint32_t origin = 0;
  // Compose files are small; a bound keeps alias bombs and runaway nesting cheap.
  util::YamlLimits limits{200'000, 128};
};

ComposeDocument load_document(std::shared_ptr<const core::SourceFile> source, const LoadOptions& options);

// The byte range a node's first line covers from its mark: used to place findings.
core::Span span_of(const core::SourceFile& source, const util::YamlNode& node);

}  // namespace plimsoll::compose
