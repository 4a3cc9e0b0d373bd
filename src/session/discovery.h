// Finds the container-build files (Dockerfiles, compose files, env files, .dockerignore files,
// Makefiles) under the paths given on the command line, in a stable order, without ever leaving
// the project (util/confinement.h) and without skipping anything silently.
#pragma once

#include <string>
#include <vector>

namespace plimsoll::session {

struct Discovery {
  std::vector<std::string> files;   // Dockerfiles (and explicitly named files of unknown kind): sorted, unique
  std::vector<std::string> project_files;  // compose, env, ignore files and Makefiles: sorted, unique
  // "path: reason" for paths that do not exist, directories that cannot be listed, and named
  // files that resolve outside the project: the check is incomplete (exit code 2).
  std::vector<std::string> errors;
  // "path: reason" for what was found and deliberately not read: a symlink whose target leaves
  // the project. Printed; the check of everything else stands.
  std::vector<std::string> notices;
};

// Directories are walked one listing at a time (a directory's listing is read whole and closed
// before its subdirectories, so depth costs no file descriptors), never descending into
// symlinked directories, skipping VCS and vendored directories and anything matching an
// `excludes` glob (matched against the path and against the name). A symlinked file is taken
// when its target lies inside the project root (util::project_root_of the argument).
// Explicit file arguments are always taken, whatever their name, when they resolve inside it.
Discovery discover(const std::vector<std::string>& paths, const std::vector<std::string>& excludes);

// The directory the paths have in common, for the project they form: the first directory
// argument, or the first file's directory.
std::string project_root(const std::vector<std::string>& paths);

}  // namespace plimsoll::session
