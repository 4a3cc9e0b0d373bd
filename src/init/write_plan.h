// What writing the generated files would do to the project (new, unchanged, overwritten,
// appended), and the atomic write itself. The caller decides whether conflicts stop it.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "init/generate.h"
#include "util/result.h"

namespace plimsoll::init {

struct PlannedWrite {
  enum class State { kNew, kUnchanged, kConflict, kAppend };
  std::string path;
  std::string content;   // what the file will hold afterwards
  std::string existing;  // its current text ("" when new)
  State state = State::kNew;
};

// Reads each target once. An append file gets its missing lines added to the existing text.
std::vector<PlannedWrite> plan_writes(const std::filesystem::path& root, const std::vector<GeneratedFile>& files);

// Writes `content` to a temporary file beside `path` and renames it over `path`, so readers
// see the old file or the new one, never a part. Creates missing parent directories.
util::Result<bool> write_atomically(const std::filesystem::path& path, std::string_view content);

}  // namespace plimsoll::init
