#include "app/check_pipeline.h"

#include <algorithm>
#include <map>

#include "project/project.h"
#include "rules/engine.h"
#include "rules/project_engine.h"
#include "util/file_io.h"
#include "util/parallel.h"

namespace plimsoll::app {

std::vector<report::FileResult> check_files(const std::vector<std::string>& files,
                                            const std::vector<const rules::Rule*>& rules, unsigned threads,
                                            const rules::CheckOptions& options, const config::Config* config) {
  std::vector<report::FileResult> results(files.size());
  rules::RuleSettings shared = config != nullptr ? config->base_settings() : rules::RuleSettings{};
  bool per_file = config != nullptr && !config->overrides.empty();
  util::parallel_for(files.size(), threads, [&](std::size_t i) {
    report::FileResult& result = results[i];
    result.path = files[i];
    auto text = util::read_file(files[i]);
    if (!text) {
      result.error = text.error().message;
      return;
    }
    auto source = std::make_shared<core::SourceFile>(files[i], std::move(*text));
    rules::CheckOptions file_options = options;
    rules::RuleSettings own;
    if (per_file) own = config->settings_for(files[i]);
    file_options.settings = per_file ? &own : &shared;
    result.findings = rules::check_dockerfile(*source, rules, file_options);
    result.source = std::move(source);
  });
  return results;
}

void check_project_files(std::vector<report::FileResult>& results, const std::string& root,
                         const std::vector<std::string>& project_files, const std::vector<const rules::Rule*>& rules,
                         const rules::CheckOptions& options, const config::Config* config,
                         const std::vector<std::string>& env_files) {
  project::ProjectInput input;
  input.root = root;
  input.files = project_files;
  input.env_files = env_files;
  if (config != nullptr) {
    input.build_contexts = config->build_contexts;
    input.base_dir = config->base_dir.empty() ? "." : config->base_dir;
  }
  for (const auto& result : results) {
    if (result.source) input.files.push_back(result.path);
  }
  project::Project loaded = project::load_project(input);

  rules::RuleSettings shared = config != nullptr ? config->base_settings() : rules::RuleSettings{};
  std::map<std::string, rules::RuleSettings, std::less<>> per_path;
  rules::SettingsFor settings_for = [&](std::string_view path) -> const rules::RuleSettings& {
    if (config == nullptr || config->overrides.empty()) return shared;
    auto it = per_path.find(path);
    if (it == per_path.end()) it = per_path.emplace(std::string(path), config->settings_for(path)).first;
    return it->second;
  };
  rules::ProjectCheckOptions project_options{options.inline_ignores, options.timings};
  std::vector<rules::ProjectFinding> findings = rules::check_project(loaded, rules, settings_for, project_options);

  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < results.size(); ++i) index[results[i].path] = i;
  auto result_for = [&](const std::string& path, std::shared_ptr<const core::SourceFile> source) -> report::FileResult& {
    auto [it, inserted] = index.try_emplace(path, results.size());
    if (inserted) results.push_back({std::move(source), path, {}, {}});
    return results[it->second];
  };
  auto add_sources = [&](const auto& files) {
    for (const auto& f : files) result_for(f.path, f.source);
  };
  add_sources(loaded.env_files);
  add_sources(loaded.dockerignores);
  add_sources(loaded.makefiles);
  for (const auto& stack : loaded.stacks) {
    for (const auto& doc : stack.documents) result_for(doc.path, doc.source);
  }
  for (const auto& error : loaded.errors) {
    std::string path = error.substr(0, error.find(": "));
    report::FileResult& r = result_for(path, nullptr);
    if (r.error.empty() && !r.source) r.error = error;
  }
  for (auto& f : findings) result_for(f.path, f.source).findings.push_back(std::move(f.finding));
  for (auto& r : results) {
    std::stable_sort(r.findings.begin(), r.findings.end(), [](const core::Finding& a, const core::Finding& b) {
      if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
      return a.rule_id < b.rule_id;
    });
  }
  std::stable_sort(results.begin(), results.end(),
                   [](const report::FileResult& a, const report::FileResult& b) { return a.path < b.path; });
}

}  // namespace plimsoll::app
