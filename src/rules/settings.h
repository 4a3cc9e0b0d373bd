// What a configuration decides about rules for one file: which are off, re-graded severities,
// rule options, and which stages count as shipped. Built by the config layer; plain data here
// so the engine does not depend on how it was written down.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/severity.h"
#include "rules/rule.h"

namespace plimsoll::rules {

struct RuleConfig {
  bool enabled = true;
  std::optional<core::Severity> severity;
  // Option name → value as text; lists hold one entry per element, scalars one entry.
  std::map<std::string, std::vector<std::string>, std::less<>> options;
};

struct RuleSettings {
  std::map<std::string, RuleConfig, std::less<>> by_id;  // keyed by rule ID
  // Stage names that are production targets: shipped like the last stage (STANDARD.md).
  std::vector<std::string> production_targets{"production"};

  const RuleConfig* find(std::string_view id) const;
  bool enabled(const RuleInfo& rule) const;
  core::Severity severity(const RuleInfo& rule) const;

  // The configured value of an option, else the rule's declared default (split at commas for
  // lists). Asking for an option the rule does not declare is a programming error: empty.
  std::vector<std::string> list_option(const RuleInfo& rule, std::string_view name) const;
  std::string string_option(const RuleInfo& rule, std::string_view name) const;
  int64_t int_option(const RuleInfo& rule, std::string_view name) const;
  bool bool_option(const RuleInfo& rule, std::string_view name) const;

  static const RuleSettings& defaults();
};

}  // namespace plimsoll::rules
