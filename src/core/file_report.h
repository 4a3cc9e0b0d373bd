// What checking one file produced: its text (null when unreadable), the parser's diagnostics and
// the finished findings. The check session makes these; every report format and caller reads them.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/finding.h"
#include "core/source_file.h"

namespace plimsoll::core {

struct FileReport {
  std::shared_ptr<const SourceFile> source;  // null when the file could not be read
  std::string path;                          // as found or referenced
  std::string error;                         // why it could not be read; empty on success
  std::vector<Finding> findings;             // sorted by position, then rule ID
  std::vector<Diagnostic> diagnostics;       // the parser's, for the file's own syntax

  std::size_t count(Severity severity) const {
    std::size_t n = 0;
    for (const auto& d : diagnostics) n += d.severity == severity ? 1 : 0;
    return n;
  }
};

}  // namespace plimsoll::core
