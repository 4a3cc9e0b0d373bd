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

// The command line's `--select`, `--ignore` and re-grading options applied to `config`, above
// its rules and its overrides. An option naming no rule is an error, returned as its message.
std::optional<std::string> apply_command_line_rules(const CheckOptions& options, config::Config& config);

// The run's configuration (found from `start`, or --config and --profile) with the command
// line's rule options applied; nullopt after printing why it cannot be had.
std::optional<config::Config> load_run_config(const CheckOptions& options, const std::string& start);

// Prints a configuration error, unreadable paths (unless a report carries them: not
// `print_errors`) and discovery's notices to stderr. nullopt: the
// configuration could not be loaded, or an `--env-file` is not a readable regular file (exit
// code 2); unreadable paths are in `found.errors` and the run goes on.
std::optional<CheckedInputs> load_checked_inputs(const CheckOptions& options, bool print_errors = true);

// The check session's request for these inputs and options (every rule, on every core unless
// `--jobs` says otherwise), confined to the project roots of the paths (the `--env-file`s
// admitted). The request points into `inputs`' configuration.
session::Request session_request(const CheckedInputs& inputs, const CheckOptions& options);

// `request` checked once, with the project's notices (references not followed) on stderr
// unless `quiet`.
std::vector<core::FileReport> check_noting(session::Request request, bool quiet = false);

}  // namespace plimsoll::app
