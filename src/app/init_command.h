// `plimsoll init`: detect the project, render its container setup and write it (or show it).
// Options come from flags first, then the `init:` keys of the nearest .plimsoll.yaml.
#pragma once

#include <string>

namespace plimsoll::app {

struct InitOptions {
  std::string path = ".";
  std::string stack;   // --stack
  std::string entry;   // --entry
  std::string layout;  // --layout: per-environment (default) or flat
  int port = 0;        // --port
  bool yes = false;    // --yes: accept the detected defaults without asking
  bool force = false;  // --force: overwrite existing files
  bool dry_run = false;
  bool diff = false;
  bool explain = false;
};

int run_init(InitOptions options);

}  // namespace plimsoll::app
