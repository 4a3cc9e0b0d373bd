#include "app/fix_checkers.h"

#include <algorithm>
#include <map>
#include <memory>

#include "core/source_file.h"
#include "dockerfile/parser.h"
#include "project/project.h"
#include "rules/engine.h"
#include "rules/project_engine.h"
#include "rules/registry.h"
#include "util/path.h"

namespace plimsoll::app {

fix::Checker dockerfile_checker(const std::string& path, const FixProject& project) {
  auto settings = std::make_shared<rules::RuleSettings>(project.config->settings_for(path));
  bool inline_ignores = project.inline_ignores;
  return [path, settings, inline_ignores](std::string_view text) {
    core::SourceFile source(path, std::string(text));
    rules::CheckOptions options;
    options.inline_ignores = inline_ignores;
    options.settings = settings.get();
    fix::Check check;
    check.findings = rules::check_dockerfile(source, rules::all_rules(), options);
    for (const auto& d : dockerfile::parse(source.text()).diagnostics) {
      ++(d.severity == core::Severity::kError ? check.parse_errors : check.parse_warnings);
    }
    return check;
  };
}

fix::Checker project_checker(const std::string& path, const FixProject& project) {
  return [path, &project](std::string_view text) {
    project::ProjectInput input;
    input.root = project.root;
    input.files = project.files;
    input.env_files = project.env_files;
    input.build_contexts = project.config->build_contexts;
    input.base_dir = project.config->base_dir.empty() ? "." : project.config->base_dir;
    input.overlays[util::normal_path(path)] = std::string(text);
    project::Project loaded = project::load_project(input);
    std::map<std::string, rules::RuleSettings, std::less<>> per_path;
    rules::SettingsFor settings_for = [&](std::string_view p) -> const rules::RuleSettings& {
      auto it = per_path.find(p);
      if (it == per_path.end()) it = per_path.emplace(std::string(p), project.config->settings_for(p)).first;
      return it->second;
    };
    fix::Check check;
    for (auto& f : rules::check_project(loaded, rules::all_rules(), settings_for, {project.inline_ignores, nullptr})) {
      if (f.path == path) check.findings.push_back(std::move(f.finding));
    }
    // A compose file loads once per stack that uses it; its diagnostics count once.
    for (const auto& stack : loaded.stacks) {
      for (const auto& doc : stack.documents) {
        if (!doc.source || doc.source->path() != path) continue;
        auto is_error = [](const core::Diagnostic& d) { return d.severity == core::Severity::kError; };
        auto errors = static_cast<std::size_t>(std::count_if(doc.diagnostics.begin(), doc.diagnostics.end(), is_error));
        check.parse_errors = std::max(check.parse_errors, errors);
        check.parse_warnings = std::max(check.parse_warnings, doc.diagnostics.size() - errors);
      }
    }
    return check;
  };
}

}  // namespace plimsoll::app
