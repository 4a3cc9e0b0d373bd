#include "config/dump.h"

#include "config/profiles.h"
#include "rules/registry.h"
#include "util/format.h"

namespace plimsoll::config {
namespace {

// YAML accepts JSON-style double-quoted scalars, so quoting everything is always safe.
std::string quoted(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

std::string flow_list(const std::vector<std::string>& values) {
  std::string out = "[";
  for (std::size_t i = 0; i < values.size(); ++i) out += (i ? ", " : "") + quoted(values[i]);
  return out + "]";
}

}  // namespace

void dump_config(std::ostream& out, const Config& config) {
  rules::RuleSettings settings = config.base_settings();
  out << "# Effective configuration: profile `" << config.profile << "`, "
      << (config.path.empty() ? std::string("no .plimsoll.yaml found") : "from " + config.path) << "\n";
  std::string names;
  for (const auto& name : profile_names()) names += (names.empty() ? "" : ", ") + name;
  out << "# Built-in profiles: " << names << "\n";
  out << "profile: " << quoted(config.profile) << "\n";
  out << "production-targets: " << flow_list(settings.production_targets) << "\n";
  out << "exclude: " << flow_list(config.exclude) << "\n";
  if (!config.build_contexts.empty()) {
    out << "build-contexts:\n";
    for (const auto& [dockerfile, context] : config.build_contexts) out << "  " << quoted(dockerfile) << ": " << quoted(context) << "\n";
  }
  out << "rules:\n";
  for (const rules::Rule* rule : rules::all_rules()) {
    const rules::RuleInfo& info = rule->info();
    out << "  " << info.id << ":  # " << info.name << "\n";
    std::string level = settings.enabled(info) ? std::string(core::severity_name(settings.severity(info))) : "off";
    out << "    severity: " << level << "\n";
    for (const auto& spec : info.options) {
      std::vector<std::string> values = settings.list_option(info, spec.name);
      if (spec.kind == rules::OptionKind::kStringList) {
        out << "    " << spec.name << ": " << flow_list(values) << "\n";
      } else if (spec.kind == rules::OptionKind::kString) {
        out << "    " << spec.name << ": " << quoted(values.empty() ? "" : values.front()) << "\n";
      } else {
        out << "    " << spec.name << ": " << (values.empty() ? "" : values.front()) << "\n";
      }
    }
  }
  if (config.overrides.empty()) return;
  out << "overrides:\n";
  for (const auto& o : config.overrides) {
    out << "  - paths: " << flow_list(o.paths) << "\n    rules:\n";
    for (const auto& [id, change] : o.rules.by_id) {
      out << "      " << id << ":\n";
      if (change.enabled && !*change.enabled) {
        out << "        severity: off\n";
      } else if (change.severity) {
        out << "        severity: " << core::severity_name(*change.severity) << "\n";
      } else if (change.enabled) {
        out << "        severity: on\n";
      }
      const rules::Rule* rule = rules::find_rule(id);
      for (const auto& [name, values] : change.options) {
        bool list = true;
        for (const auto& spec : rule->info().options) {
          if (spec.name == name) list = spec.kind == rules::OptionKind::kStringList;
        }
        out << "        " << name << ": " << (list || values.empty() ? flow_list(values) : quoted(values.front())) << "\n";
      }
    }
  }
}

}  // namespace plimsoll::config
