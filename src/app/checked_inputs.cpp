#include "app/checked_inputs.h"

#include <algorithm>
#include <iostream>

#include "app/config_command.h"
#include "app/rule_selection.h"
#include "rules/registry.h"
#include "util/confinement.h"
#include "util/file_io.h"
#include "util/parallel.h"
#include "util/printable.h"

namespace plimsoll::app {

std::optional<std::string> apply_command_line_rules(const CheckOptions& options, config::Config& config) {
  std::vector<std::pair<config::RuleChange, std::vector<std::string>>> changes;
  auto add = [&](const std::vector<std::string>& items, std::string_view flag,
                 config::RuleChange change) -> std::optional<std::string> {
    std::vector<std::string> ids;
    if (auto error = expand_rule_items(items, flag, ids)) return error;
    changes.emplace_back(change, std::move(ids));
    return std::nullopt;
  };
  if (!options.only_rules.empty()) {
    std::vector<std::string> selected;
    if (auto error = expand_rule_items(options.only_rules, "--select", selected)) return error;
    std::vector<std::string> others;
    for (const rules::Rule* rule : rules::all_rules()) {
      if (std::find(selected.begin(), selected.end(), rule->info().id) == selected.end()) others.emplace_back(rule->info().id);
    }
    changes.emplace_back(config::RuleChange{true, std::nullopt, {}}, std::move(selected));
    changes.emplace_back(config::RuleChange{false, std::nullopt, {}}, std::move(others));
  }
  if (auto e = add(options.skip_rules, "--ignore", {false, std::nullopt, {}})) return e;
  if (auto e = add(options.as_error, "--error", {std::nullopt, core::Severity::kError, {}})) return e;
  if (auto e = add(options.as_warning, "--warning", {std::nullopt, core::Severity::kWarning, {}})) return e;
  if (auto e = add(options.as_info, "--info", {std::nullopt, core::Severity::kInfo, {}})) return e;
  if (auto e = add(options.as_style, "--style", {std::nullopt, core::Severity::kStyle, {}})) return e;
  // The command line has the last word: over the file's rules and over each of its overrides.
  auto apply = [&changes](config::RuleChanges& rules) {
    for (const auto& [change, ids] : changes) {
      for (const auto& id : ids) {
        config::RuleChange& target = rules.by_id[id];
        if (change.enabled) target.enabled = change.enabled;
        if (change.severity) target.severity = change.severity;
      }
    }
  };
  apply(config.rules);
  for (auto& override_entry : config.overrides) apply(override_entry.rules);
  return std::nullopt;
}

std::optional<config::Config> load_run_config(const CheckOptions& options, const std::string& start) {
  auto config = resolve_config(options.config_path, options.profile, start);
  if (!config) {
    std::cerr << "plimsoll: " << util::printable(config.error().message) << "\n";
    return std::nullopt;
  }
  if (auto error = apply_command_line_rules(options, *config)) {
    std::cerr << "plimsoll: " << util::printable(*error) << "\n";
    return std::nullopt;
  }
  return std::move(*config);
}

std::optional<CheckedInputs> load_checked_inputs(const CheckOptions& options, bool print_errors) {
  std::vector<std::string> paths = options.paths.empty() ? std::vector<std::string>{"."} : options.paths;
  // The CI named these: read them as given, but a missing one is a broken pipeline, not a
  // project without variables.
  for (const auto& env_file : options.env_files) {
    if (auto text = util::read_file(env_file); !text) {
      std::cerr << "plimsoll: --env-file " << util::printable(text.error().message) << "\n";
      return std::nullopt;
    }
  }
  auto config = load_run_config(options, paths.front());
  if (!config) return std::nullopt;
  session::Discovery found = session::discover(paths, options.excludes);
  if (print_errors) {
    for (const auto& error : found.errors) std::cerr << "plimsoll: " << util::printable(error.text()) << "\n";
  }
  if (!options.quiet) {
    for (const auto& notice : found.notices) std::cerr << "plimsoll: notice: " << util::printable(notice) << "\n";
  }
  for (auto* list : {&found.files, &found.project_files, &found.compose_files}) {
    std::erase_if(*list, [&](const std::string& file) {
      return config->excludes(file) && std::find(paths.begin(), paths.end(), file) == paths.end();
    });
  }
  return CheckedInputs{std::move(paths), std::move(*config), std::move(found)};
}

session::Request session_request(const CheckedInputs& inputs, const CheckOptions& options) {
  session::Request request;
  request.root = session::project_root(inputs.paths);
  request.dockerfiles = inputs.found.files;
  request.project_files = inputs.found.project_files;
  request.compose_files = inputs.found.compose_files;
  request.env_files = options.env_files;
  request.config = &inputs.config;
  request.inline_ignores = options.inline_ignores;
  request.threads = options.jobs == 0 ? util::hardware_threads() : options.jobs;
  std::vector<std::string> roots;
  for (const auto& path : inputs.paths) roots.push_back(util::project_root_of(path));
  request.confinement = std::make_shared<util::Confinement>(roots, options.env_files);
  return request;
}

std::vector<core::FileReport> check_noting(session::Request request, bool quiet) {
  std::vector<std::string> notices;
  request.notices = &notices;
  std::vector<core::FileReport> results = session::check(request);
  if (!quiet) {
    for (const auto& notice : notices) std::cerr << "plimsoll: notice: " << util::printable(notice) << "\n";
  }
  return results;
}

}  // namespace plimsoll::app
