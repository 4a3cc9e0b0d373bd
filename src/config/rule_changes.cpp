#include "config/rule_changes.h"

#include <charconv>

#include "rules/registry.h"
#include "util/format.h"
#include "util/text.h"

namespace plimsoll::config {
namespace {

bool is_off(std::string_view v) { return v == "off" || v == "false" || v == "disabled"; }
bool is_on(std::string_view v) { return v == "on" || v == "true" || v == "enabled"; }

const rules::OptionSpec* find_option(const rules::RuleInfo& rule, std::string_view name) {
  for (const auto& spec : rule.options) {
    if (spec.name == name) return &spec;
  }
  return nullptr;
}

std::string option_names(const rules::RuleInfo& rule) {
  std::string names;
  for (const auto& spec : rule.options) names += (names.empty() ? "" : ", ") + std::string(spec.name);
  return names.empty() ? "none" : names;
}

// A severity, `off` or `on` written as a scalar.
std::string read_level(const util::YamlNode& node, std::string_view path, RuleChange& config) {
  if (!node.is_scalar()) return located(path, node, "expected off, on, error, warning, info or style");
  std::string value = util::to_lower_ascii(node.scalar);
  if (is_off(value)) {
    config.enabled = false;
  } else if (is_on(value)) {
    config.enabled = true;
  } else if (auto severity = core::parse_severity(value)) {
    config.enabled = true;
    config.severity = severity;
  } else {
    return located(path, node, util::format("`{}` is not off, on, error, warning, info or style", node.scalar));
  }
  return {};
}

std::string read_option(const rules::OptionSpec& spec, const util::YamlNode& node, std::string_view path,
                        std::vector<std::string>& out) {
  if (spec.kind == rules::OptionKind::kStringList) return read_string_list(node, path, out);
  if (!node.is_scalar()) return located(path, node, util::format("option `{}` takes a single value", spec.name));
  const std::string& v = node.scalar;
  if (spec.kind == rules::OptionKind::kInteger) {
    long long n = 0;
    auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (ec != std::errc() || end != v.data() + v.size()) {
      return located(path, node, util::format("option `{}` takes an integer, not `{}`", spec.name, v));
    }
  } else if (spec.kind == rules::OptionKind::kBoolean) {
    if (v != "true" && v != "false") {
      return located(path, node, util::format("option `{}` takes true or false, not `{}`", spec.name, v));
    }
  }
  out = {v};
  return {};
}

}  // namespace

std::string located(std::string_view path, const util::YamlNode& node, std::string_view message) {
  return util::format("{}:{}:{}: {}", path, node.line, node.column, message);
}

std::string read_string_list(const util::YamlNode& node, std::string_view path, std::vector<std::string>& out) {
  out.clear();
  if (node.is_scalar()) {
    out.push_back(node.scalar);
    return {};
  }
  if (node.kind == util::YamlNode::Kind::kNull) return {};
  if (!node.is_sequence()) return located(path, node, "expected a list of strings");
  for (const auto& item : node.items) {
    if (!item.is_scalar()) return located(path, item, "expected a string");
    out.push_back(item.scalar);
  }
  return {};
}

std::string read_rule_changes(const util::YamlNode& node, std::string_view path, RuleChanges& out) {
  if (node.kind == util::YamlNode::Kind::kNull) return {};
  if (!node.is_map()) return located(path, node, "`rules` must map rule IDs or names to a setting");
  for (const auto& entry : node.entries) {
    const rules::Rule* rule = entry.key.is_scalar() ? rules::find_rule(entry.key.scalar) : nullptr;
    if (rule == nullptr) {
      return located(path, entry.key, util::format("unknown rule `{}` (see `plimsoll rules`)", entry.key.scalar));
    }
    if (auto named = rules::rules_named(entry.key.scalar); named.size() > 1) {
      return located(path, entry.key,
                     util::format("`{}` names {} and {}; use the ID", entry.key.scalar, named[0]->info().id,
                                  named[1]->info().id));
    }
    const rules::RuleInfo& info = rule->info();
    RuleChange& config = out.by_id[std::string(info.id)];
    if (!entry.value.is_map()) {
      if (std::string error = read_level(entry.value, path, config); !error.empty()) return error;
      continue;
    }
    for (const auto& option : entry.value.entries) {
      const std::string& name = option.key.scalar;
      if (name == "severity" || name == "level") {
        if (std::string error = read_level(option.value, path, config); !error.empty()) return error;
        continue;
      }
      const rules::OptionSpec* spec = find_option(info, name);
      if (spec == nullptr) {
        return located(path, option.key,
                       util::format("{} has no option `{}` (options: {})", info.id, name, option_names(info)));
      }
      std::vector<std::string> values;
      if (std::string error = read_option(*spec, option.value, path, values); !error.empty()) return error;
      config.options[name] = std::move(values);
    }
  }
  return {};
}

void merge(RuleChanges& into, const RuleChanges& later) {
  for (const auto& [id, change] : later.by_id) {
    RuleChange& target = into.by_id[id];
    if (change.enabled) target.enabled = change.enabled;
    if (change.severity) target.severity = change.severity;
    for (const auto& [name, values] : change.options) target.options[name] = values;
  }
}

void apply(const RuleChanges& changes, rules::RuleSettings& settings) {
  for (const auto& [id, change] : changes.by_id) {
    rules::RuleConfig& target = settings.by_id[id];
    if (change.enabled) target.enabled = *change.enabled;
    if (change.severity) target.severity = change.severity;
    for (const auto& [name, values] : change.options) target.options[name] = values;
  }
}

}  // namespace plimsoll::config
