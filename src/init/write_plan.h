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
  // kRefused: the path is a symlink, lies under one, or is not a regular file; `refusal` says
  // which, and nothing was read from it.
  enum class State { kNew, kUnchanged, kConflict, kAppend, kRefused };
  std::string path;
  std::string content;   // what the file will hold afterwards
  std::string existing;  // its current text ("" when new)
  State state = State::kNew;
  std::string refusal;
};

// Reads each target once, never through a symlink. An append file gets its missing lines added
// to the existing text.
std::vector<PlannedWrite> plan_writes(const std::filesystem::path& root, const std::vector<GeneratedFile>& files);

}  // namespace plimsoll::init
