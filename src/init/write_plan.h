// What writing the generated files would do to the project (new, unchanged, overwritten,
// appended). The caller decides whether conflicts stop it, and writes with util::write_atomically.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "init/generate.h"

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

}  // namespace plimsoll::init
