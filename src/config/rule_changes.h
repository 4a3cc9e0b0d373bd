// Reads a `rules:` mapping (of a profile, a config file or an override) into RuleChanges,
// checking every rule name, severity and option against the registry.
#pragma once

#include <string>
#include <string_view>

#include "config/config.h"
#include "util/yaml.h"

namespace plimsoll::config {

// A problem at a node of a YAML file: "PATH:LINE:COLUMN: message".
std::string located(std::string_view path, const util::YamlNode& node, std::string_view message);

// Fills `out` from `node`; returns an error message (already located) or empty.
std::string read_rule_changes(const util::YamlNode& node, std::string_view path, RuleChanges& out);

// Adds `later` to `into`: fields `later` sets win, options per name.
void merge(RuleChanges& into, const RuleChanges& later);

// Applies `changes` on top of `settings`: later settings win per field, options per name.
void apply(const RuleChanges& changes, rules::RuleSettings& settings);

// A sequence of scalars (or a single scalar) as strings; error message or empty.
std::string read_string_list(const util::YamlNode& node, std::string_view path, std::vector<std::string>& out);

}  // namespace plimsoll::config
