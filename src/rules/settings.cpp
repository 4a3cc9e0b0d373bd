#include "rules/settings.h"

#include <charconv>

#include "util/text.h"

namespace plimsoll::rules {
namespace {

const OptionSpec* find_spec(const RuleInfo& rule, std::string_view name) {
  for (const auto& spec : rule.options) {
    if (spec.name == name) return &spec;
  }
  return nullptr;
}

std::vector<std::string> split_default(std::string_view text) {
  std::vector<std::string> out;
  while (!text.empty()) {
    std::size_t comma = text.find(',');
    std::string_view item = util::trim_ascii_space(text.substr(0, comma));
    if (!item.empty()) out.emplace_back(item);
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  return out;
}

}  // namespace

const RuleConfig* RuleSettings::find(std::string_view id) const {
  auto it = by_id.find(id);
  return it == by_id.end() ? nullptr : &it->second;
}

bool RuleSettings::enabled(const RuleInfo& rule) const {
  const RuleConfig* config = find(rule.id);
  return config == nullptr || config->enabled;
}

core::Severity RuleSettings::severity(const RuleInfo& rule) const {
  const RuleConfig* config = find(rule.id);
  return config != nullptr && config->severity ? *config->severity : rule.severity;
}

std::vector<std::string> RuleSettings::list_option(const RuleInfo& rule, std::string_view name) const {
  if (const RuleConfig* config = find(rule.id)) {
    auto it = config->options.find(name);
    if (it != config->options.end()) return it->second;
  }
  const OptionSpec* spec = find_spec(rule, name);
  if (spec == nullptr) return {};
  if (spec->kind == OptionKind::kStringList) return split_default(spec->default_value);
  return {std::string(spec->default_value)};
}

std::string RuleSettings::string_option(const RuleInfo& rule, std::string_view name) const {
  std::vector<std::string> values = list_option(rule, name);
  return values.empty() ? std::string() : values.front();
}

int64_t RuleSettings::int_option(const RuleInfo& rule, std::string_view name) const {
  std::string text = string_option(rule, name);
  int64_t value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

bool RuleSettings::bool_option(const RuleInfo& rule, std::string_view name) const {
  std::string text = string_option(rule, name);
  return util::iequals_ascii(text, "true") || text == "1" || util::iequals_ascii(text, "yes");
}

const RuleSettings& RuleSettings::defaults() {
  static const RuleSettings settings;
  return settings;
}

}  // namespace plimsoll::rules
