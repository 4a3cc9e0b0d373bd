// Typed option handles: an option is declared once, beside its rule, as a constexpr object, and
// read through that object, so a misspelt option is a compile error rather than an empty value.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule.h"
#include "rules/settings.h"

namespace plimsoll::rules::kit {

template <OptionKind K>
struct Option {
  OptionSpec spec;

  constexpr Option(std::string_view name, std::string_view default_value,
                   std::string_view description)
      : spec{name, K, default_value, description} {}
  // So the rule's option table is written from the handles: `constexpr OptionSpec kOptions[] =
  // {kBudget};`.
  constexpr operator OptionSpec() const { return spec; }  // NOLINT(google-explicit-constructor)
};

using StringOption = Option<OptionKind::kString>;
using ListOption = Option<OptionKind::kStringList>;  // default written comma-separated
using IntOption = Option<OptionKind::kInteger>;
using BoolOption = Option<OptionKind::kBoolean>;

// The configured value for `rule`, else the declared default.
inline std::string option(const RuleSettings& settings, const RuleInfo& rule,
                          const StringOption& o) {
  return settings.string_option(rule, o.spec.name);
}
inline std::vector<std::string> option(const RuleSettings& settings, const RuleInfo& rule,
                                       const ListOption& o) {
  return settings.list_option(rule, o.spec.name);
}
inline int64_t option(const RuleSettings& settings, const RuleInfo& rule, const IntOption& o) {
  return settings.int_option(rule, o.spec.name);
}
inline bool option(const RuleSettings& settings, const RuleInfo& rule, const BoolOption& o) {
  return settings.bool_option(rule, o.spec.name);
}

// True when `rule` lists `name` among its options (the catalogue test checks each handle's rule).
constexpr bool declares(const RuleInfo& rule, std::string_view name) {
  for (const OptionSpec& spec : rule.options) {
    if (spec.name == name) return true;
  }
  return false;
}

}  // namespace plimsoll::rules::kit
