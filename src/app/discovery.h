// Finds the Dockerfiles under the paths given on the command line, in a stable order.
#pragma once

#include <string>
#include <vector>

namespace plimsoll::app {

struct Discovery {
  std::vector<std::string> files;   // sorted, unique
  std::vector<std::string> errors;  // "path: reason" for paths that do not exist or cannot be read
};

// Directories are walked (not following symlinks), skipping VCS and vendored directories and
// anything matching an `excludes` glob (matched against the path and against the name).
// Explicit file arguments are always taken, whatever their name.
Discovery discover(const std::vector<std::string>& paths, const std::vector<std::string>& excludes);

bool is_dockerfile_name(const std::string& name);

}  // namespace plimsoll::app
