// The effective configuration of a run: a built-in profile, then `.plimsoll.yaml`, then its
// per-path overrides. Produces the RuleSettings each checked file is linted with.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/settings.h"
#include "util/result.h"

namespace plimsoll::config {

// `rules:` of a profile, a config file or an override, as written (IDs already resolved).
struct RuleChange {
  std::optional<bool> enabled;  // unset: as before (a profile may have turned it off)
  std::optional<core::Severity> severity;
  std::map<std::string, std::vector<std::string>, std::less<>> options;
};

struct RuleChanges {
  std::map<std::string, RuleChange, std::less<>> by_id;
};

struct Override {
  std::vector<std::string> paths;  // globs relative to the config file's directory
  RuleChanges rules;
};

struct Config {
  std::string path;      // the config file, empty when none was found
  std::string base_dir;  // its directory: override and exclude globs are relative to it
  std::string profile = "default";
  std::optional<std::vector<std::string>> production_targets;  // unset: the profile's
  std::vector<std::string> exclude;
  RuleChanges rules;
  std::vector<Override> overrides;
  // `build-contexts:` Dockerfile → the directory it is built from, both relative to base_dir,
  // for builds that no compose file describes (`docker build -f docker/Dockerfile .`).
  std::map<std::string, std::string> build_contexts;
  // `init:` option → value (stack, entry, port, layout), the defaults of `plimsoll init`.
  std::map<std::string, std::string> init;

  // The profile's settings with this file's `rules:` applied (no overrides).
  rules::RuleSettings base_settings() const;
  // Settings for one checked file: base_settings() plus every override whose glob matches.
  rules::RuleSettings settings_for(std::string_view file_path) const;
  // True when an `exclude` glob matches the path (relative to base_dir, or its name).
  bool excludes(std::string_view file_path) const;
};

// Parses a config file's text. Errors read "PATH:LINE:COLUMN: reason".
util::Result<Config> parse_config(std::string_view text, std::string_view path);
util::Result<Config> load_config(const std::string& path);

// The nearest `.plimsoll.yaml` (or `.plimsoll.yml`) from `start` (a file or directory) upward,
// stopping after the directory that holds `.git`; outside a git checkout, only `start`'s own
// directory is looked in. A config that is a symlink leading out of that range is passed over.
// Empty when there is none.
std::string find_config(const std::string& start);

}  // namespace plimsoll::config
