// How the development and test containers init writes run a project: the development command
// (one that restarts or reloads when the bind-mounted source changes), what the compose files
// mount so a read-only root filesystem still has every path the toolchain writes, and the
// memory the toolchain needs.
#pragma once

#include <string>
#include <vector>

#include "init/detection.h"

namespace plimsoll::init {

struct Mount {
  std::string source;  // empty: an anonymous volume; a name: a named volume; a path: a bind mount
  std::string target;
  bool read_only = false;
  std::string comment;  // lines written above the entry, without the leading '#'
};

struct RunSetup {
  std::vector<std::string> command;  // exec form argv
  bool needs_watcher = false;        // command runs the generated dev-watch script
  std::vector<Mount> volumes;        // in the service's `volumes:`
  std::vector<std::string> tmpfs;    // extra tmpfs entries, `path:options`
  std::string memory = "512M";       // the memory limit
};

// Where dev-watch is installed in the development image.
inline constexpr const char* kDevWatchPath = "/usr/local/bin/dev-watch";

// The development container: the source bind-mounted from `context` (relative to the compose
// file) at the image's working directory, with what the image built kept visible.
RunSetup development_setup(const Detection& d, const std::string& context, const std::string& workdir);

// The test container: the test image as built, with writable build caches where the
// toolchain compiles at run time.
RunSetup test_setup(const Detection& d);

// True when `argv` already restarts on source changes (uvicorn/gunicorn --reload, flask --debug,
// Django's runserver, node --watch).
bool reloads(const std::vector<std::string>& argv);

}  // namespace plimsoll::init
