// Finds the container-build files (Dockerfiles, compose files, env files, .dockerignore files,
// Makefiles) under the paths given on the command line, in a stable order.
#pragma once

#include <string>
#include <vector>

namespace plimsoll::session {

struct Discovery {
  std::vector<std::string> files;   // Dockerfiles (and explicitly named files of unknown kind): sorted, unique
  std::vector<std::string> project_files;  // compose, env, ignore files and Makefiles: sorted, unique
  std::vector<std::string> errors;  // "path: reason" for paths that do not exist or cannot be read
};

// Directories are walked (not following symlinks), skipping VCS and vendored directories and
// anything matching an `excludes` glob (matched against the path and against the name).
// Explicit file arguments are always taken, whatever their name.
Discovery discover(const std::vector<std::string>& paths, const std::vector<std::string>& excludes);

// The directory the paths have in common, for the project they form: the first directory
// argument, or the first file's directory.
std::string project_root(const std::vector<std::string>& paths);

}  // namespace plimsoll::session
