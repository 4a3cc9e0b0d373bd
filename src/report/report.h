// Output formats for findings. Each format is one file; they all read the same FileResult
// list, which the check pipeline produces in a deterministic order.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "core/finding.h"
#include "core/source_file.h"

namespace plimsoll::report {

struct FileResult {
  std::shared_ptr<const core::SourceFile> source;  // null when the file could not be read
  std::string path;
  std::string error;  // I/O problem, empty on success
  std::vector<core::Finding> findings;
};

struct TextOptions {
  bool color = false;
};

void write_text(std::ostream& out, const std::vector<FileResult>& results, const TextOptions& options);
void write_json(std::ostream& out, const std::vector<FileResult>& results);

}  // namespace plimsoll::report
