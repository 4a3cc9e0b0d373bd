// A .dockerignore file read as BuildKit reads it (ignorefile.ReadAll): one pattern per line,
// each with its line and span so rules can point at it. Borrows nothing; results own their text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/location.h"
#include "core/severity.h"

namespace plimsoll::dockerignore {

struct IgnoreEntry {
  std::string pattern;  // exactly what ReadAll yields: cleaned, `!` re-attached, no leading `/`
  uint32_t line = 0;    // 1-based
  core::Span span;      // the trimmed text as written
};

struct IgnoreDiagnostic {
  core::Severity severity = core::Severity::kError;
  uint32_t line = 0;    // 1-based
  uint32_t column = 0;  // 1-based, in code points (as util::LineIndex counts)
  core::Span span;
  std::string message;
};

struct IgnoreFile {
  std::vector<IgnoreEntry> entries;
  // Patterns BuildKit rejects (the build fails) or that plimsoll cannot evaluate.
  std::vector<IgnoreDiagnostic> diagnostics;

  std::vector<std::string> patterns() const;  // what the Matcher takes
};

// Never fails: problems become diagnostics and reading goes on.
IgnoreFile read_ignore_file(std::string_view text);

}  // namespace plimsoll::dockerignore
