// Finds the container-build files (Dockerfiles, compose files, env files, .dockerignore files,
// Makefiles) under the paths given on the command line, in a stable order, without ever leaving
// the project (util/confinement.h) and without skipping anything silently.
#pragma once

#include <string>
#include <vector>

namespace plimsoll::session {

// A path the check could not take, and why.
struct DiscoveryError {
  std::string path;
  std::string reason;  // "no such file or directory", "Permission denied; not checked", …
  std::string text() const { return path + ": " + reason; }
};

struct Discovery {
  // Dockerfiles, and files named on the command line that could be one by name
  // (project::could_be_dockerfile_name) or by their first lines (project::looks_like_dockerfile):
  // sorted, unique.
  std::vector<std::string> files;
  std::vector<std::string> project_files;  // compose, env, ignore files and Makefiles: sorted, unique
  // Files named on the command line that are compose files by content whatever their name
  // (project::looks_like_compose): sorted, unique.
  std::vector<std::string> compose_files;
  // Paths that do not exist, directories that cannot be listed, and named files that resolve
  // outside the project: the check is incomplete (exit code 2), and reports say so.
  std::vector<DiscoveryError> errors;
  // "path: reason" for what was found and deliberately not checked: a symlink whose target
  // leaves the project, a template of a Dockerfile or compose file, a named file that is none
  // of the kinds plimsoll checks. Printed; the check of everything else stands.
  std::vector<std::string> notices;
  // The walk stopped at DiscoverLimits::max_entries: what is listed is the start of the tree.
  bool truncated = false;
};

struct DiscoverLimits {
  // Directory entries a walk may visit; 0: no bound (`check` walks what it is told to). An
  // editor's project is guessed, and a buffer in `/` or a home directory must not walk the disk.
  std::size_t max_entries = 0;
};

// Directories are walked one listing at a time (a directory's listing is read whole and closed
// before its subdirectories, so depth costs no file descriptors), never descending into
// symlinked directories, skipping VCS and vendored directories and anything matching an
// `excludes` glob (matched against the path and against the name). A symlinked file is taken
// when its target lies inside the project root (util::project_root_of the argument).
// Templates (project::is_template_path) are noticed, never taken. Explicit file arguments that
// resolve inside the project are taken by their kind: by name, else by their first lines
// (project/content_kind.h); a file that is neither is noticed and not taken.
Discovery discover(const std::vector<std::string>& paths, const std::vector<std::string>& excludes,
                   const DiscoverLimits& limits = {});

// The directory the paths have in common, for the project they form: the first directory
// argument, or the first file's directory.
std::string project_root(const std::vector<std::string>& paths);

}  // namespace plimsoll::session
