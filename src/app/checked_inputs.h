// What `check` and `fix` both start from: the paths (default "."), their configuration, and the
// files found under them with the configuration's excludes applied.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/commands.h"
#include "session/discovery.h"
#include "config/config.h"
#include "session/session.h"

namespace plimsoll::app {

struct CheckedInputs {
  std::vector<std::string> paths;
  config::Config config;
  session::Discovery found;  // `exclude` globs drop what directories yielded; a file named on the command line stays
};

// Prints a configuration error or unreadable paths to stderr. nullopt: the configuration could not
// be loaded (exit code 2); unreadable paths are in `found.errors` and the run goes on.
std::optional<CheckedInputs> load_checked_inputs(const CheckOptions& options);

// The check session's request for these inputs and options (every rule, on every core unless
// `--jobs` says otherwise). The request points into `inputs`' configuration.
session::Request session_request(const CheckedInputs& inputs, const CheckOptions& options);

}  // namespace plimsoll::app
