#include "session/session.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <set>

#include "project/file_kind.h"
#include "project/project.h"
#include "rules/engine.h"
#include "rules/image/image_context.h"
#include "rules/project_engine.h"
#include "rules/registry.h"
#include "session/finish.h"
#include "util/parallel.h"
#include "util/path.h"

namespace plimsoll::session {
namespace {

// Settings per path, worked out once each (a configuration's overrides make that costly).
class SettingsCache {
 public:
  explicit SettingsCache(const Request& request) : request_(request) {
    if (request.config != nullptr) shared_ = request.config->base_settings();
  }

  // Called from the threads of the engines: a caller's settings function is serialised too.
  const rules::RuleSettings& operator()(std::string_view path) {
    if (request_.config == nullptr && !request_.settings) return shared_;
    if (request_.config != nullptr && request_.config->overrides.empty() && !request_.settings) return shared_;
    std::lock_guard lock(mutex_);
    if (request_.settings) return request_.settings(path);
    auto it = per_path_.find(path);
    if (it == per_path_.end()) it = per_path_.emplace(std::string(path), request_.config->settings_for(path)).first;
    return it->second;
  }

 private:
  const Request& request_;
  rules::RuleSettings shared_;
  std::mutex mutex_;
  std::map<std::string, rules::RuleSettings, std::less<>> per_path_;  // nodes never move
};

std::string_view family_of(std::string_view path) {
  switch (project::classify(path)) {
    case project::FileKind::kCompose:
      return "compose";
    case project::FileKind::kEnv:
      return "env";
    case project::FileKind::kDockerignore:
      return "context";
    case project::FileKind::kMakefile:
      return "layout";
    default:
      return "dockerfile";
  }
}

std::vector<const rules::Rule*> enabled_rules(const std::vector<const rules::Rule*>& rules,
                                              const rules::RuleSettings& settings) {
  std::vector<const rules::Rule*> out;
  for (const rules::Rule* rule : rules) {
    if (settings.enabled(rule->info())) out.push_back(rule);
  }
  return out;
}

}  // namespace

project::Project load(const Request& request) {
  project::ProjectInput input;
  input.root = request.root;
  // Each file once, however often or however spelt it was named; a file named as a Dockerfile
  // is read as one.
  std::set<std::string> seen;
  for (const auto& f : request.dockerfiles) {
    if (seen.insert(util::normal_path(f)).second) input.dockerfiles.push_back(f);
  }
  for (const auto& f : request.compose_files) {
    if (seen.insert(util::normal_path(f)).second) input.compose_files.push_back(f);
  }
  for (const auto& f : request.project_files) {
    if (seen.insert(util::normal_path(f)).second) input.files.push_back(f);
  }
  input.env_files = request.env_files;
  input.compose_stack = request.compose_stack;
  input.process_environment = request.process_environment;
  input.overlays = request.overlays;
  input.shared_overlays = request.shared_overlays;
  input.open_git = request.project_rules;
  input.read_surroundings = request.project_rules;
  input.threads = request.threads;
  input.cache = request.cache;
  input.confinement = request.confinement
                          ? request.confinement
                          : std::make_shared<util::Confinement>(
                                std::vector<std::string>{util::project_root_of(request.root.empty() ? "." : request.root)},
                                request.env_files);
  if (request.config != nullptr) {
    input.build_contexts = request.config->build_contexts;
    input.base_dir = request.config->base_dir.empty() ? "." : request.config->base_dir;
  }
  return project::load_project(input);
}

std::vector<core::FileReport> check(const Request& request) {
  const std::vector<const rules::Rule*>& rules = request.rules.empty() ? rules::all_rules() : request.rules;
  SettingsCache settings_cache(request);
  rules::SettingsFor settings_for = [&settings_cache](std::string_view path) -> const rules::RuleSettings& {
    return settings_cache(path);
  };

  rules::CallTimer load_timer(request.timings);
  project::Project loaded;
  load_timer.run("(load+parse)", [&] { loaded = load(request); });
  if (request.notices != nullptr) request.notices->insert(request.notices->end(), loaded.notices.begin(), loaded.notices.end());

  // The Dockerfile engine on every checked Dockerfile (the focused one alone when there is a
  // focus) and the project rules, independent of one another, share one pool of threads. The
  // project rules go first: they are the longest tasks, and a long task handed out last keeps
  // one thread busy while the others idle. Results land in per-task slots, joined in a fixed
  // order. File settings are worked out first so the Dockerfile tasks only read them.
  std::vector<const project::LoadedDockerfile*> checked;
  for (const auto& d : loaded.dockerfiles) {
    if (d.checked && (request.focus.empty() || util::normal_path(d.path) == request.focus)) checked.push_back(&d);
  }
  std::vector<const rules::RuleSettings*> file_settings;
  for (const auto* d : checked) file_settings.push_back(&settings_for(d->path));
  std::vector<const rules::Rule*> project_rules;
  for (const rules::Rule* rule : rules) {
    if (request.project_rules && rule->interest().project) project_rules.push_back(rule);
  }
  auto memos = std::make_shared<rules::ProjectMemos>();
  std::vector<std::vector<rules::Reported>> per_task(project_rules.size() + checked.size());
  util::parallel_for(per_task.size(), request.threads, [&](std::size_t task) {
    if (task < project_rules.size()) {
      per_task[task] = rules::run_project_rule(loaded, *project_rules[task], settings_for, memos, request.timings);
      return;
    }
    std::size_t i = task - project_rules.size();
    const auto& d = *checked[i];
    per_task[task] = rules::run_dockerfile_rules(d.source, d.file, d.model, enabled_rules(rules, *file_settings[i]),
                                                 *file_settings[i], request.timings, &loaded);
  });
  // Files first, then the project rules in registry order: the order findings were always
  // finished in.
  std::vector<rules::Reported> reported;
  for (std::size_t task = project_rules.size(); task < per_task.size(); ++task) {
    std::move(per_task[task].begin(), per_task[task].end(), std::back_inserter(reported));
  }
  for (std::size_t task = 0; task < project_rules.size(); ++task) {
    std::move(per_task[task].begin(), per_task[task].end(), std::back_inserter(reported));
  }
  if (!request.focus.empty()) {
    std::erase_if(reported, [&](const rules::Reported& r) {
      return !r.source || util::normal_path(r.source->path()) != request.focus;
    });
  }

  // A report for every file read, with its parser's diagnostics.
  std::vector<core::FileReport> reports;
  std::map<std::string, std::size_t> index;
  auto report_for = [&](const std::string& path,
                        const std::shared_ptr<const core::SourceFile>& source) -> core::FileReport& {
    auto [it, inserted] = index.try_emplace(path, reports.size());
    if (inserted) reports.push_back({source, path, {}, {}, {}});
    return reports[it->second];
  };
  for (const auto* d : checked) report_for(d->path, d->source).diagnostics = d->file.diagnostics;
  for (const auto& e : loaded.env_files) report_for(e.path, e.source).diagnostics = e.env.diagnostics;
  for (const auto& f : loaded.dockerignores) report_for(f.path, f.source);
  for (const auto& f : loaded.makefiles) report_for(f.path, f.source);
  for (const auto& stack : loaded.stacks) {
    for (const auto& doc : stack.documents) {
      if (!doc.source) continue;
      // A compose file loads once per stack that uses it; its diagnostics count once.
      auto [it, inserted] = index.try_emplace(doc.path, reports.size());
      if (inserted) reports.push_back({doc.source, doc.path, {}, {}, doc.diagnostics});
    }
  }
  for (const auto& error : loaded.errors) {
    std::string path = error.substr(0, error.find(": "));
    core::FileReport& r = report_for(path, nullptr);
    if (r.error.empty() && !r.source) r.error = error;
  }

  // Inline ignores: a Dockerfile's come from its parse, other files' from their comment lines.
  std::map<const core::SourceFile*, const dockerfile::Dockerfile*> parsed;
  for (const auto& d : loaded.dockerfiles) parsed[d.source.get()] = &d.file;
  // A compose file named anything (named on the command line, or `-f` in a Makefile) takes
  // compose rule names in its ignore comments.
  std::set<std::string, std::less<>> compose_documents;
  for (const auto& stack : loaded.stacks) {
    for (const auto& doc : stack.documents) compose_documents.insert(doc.path);
  }
  std::map<const core::SourceFile*, std::optional<Suppressions>> suppressions;
  SuppressionsFor suppressions_for = [&](const core::SourceFile& source) -> const Suppressions* {
    if (!request.inline_ignores) return nullptr;
    auto [it, inserted] = suppressions.try_emplace(&source);
    if (inserted) {
      auto d = parsed.find(&source);
      it->second = d != parsed.end() ? Suppressions::for_dockerfile(*d->second)
                                     : Suppressions::for_text(source, compose_documents.count(source.path()) != 0
                                                                          ? "compose"
                                                                          : family_of(source.path()));
    }
    return it->second->empty() ? nullptr : &*it->second;
  };
  finish(std::move(reported), settings_for, suppressions_for, reports, index);
  if (request.cache != nullptr) request.cache->keep(std::move(loaded));

  if (!request.focus.empty()) {
    std::erase_if(reports, [&](const core::FileReport& r) { return util::normal_path(r.path) != request.focus; });
  }
  std::stable_sort(reports.begin(), reports.end(),
                   [](const core::FileReport& a, const core::FileReport& b) { return a.path < b.path; });
  return reports;
}

core::FileReport check_dockerfile_text(std::string path, std::string text, const std::vector<const rules::Rule*>& rules,
                                       const rules::RuleSettings& settings, bool inline_ignores) {
  Request request;
  request.root = ".";
  request.dockerfiles = {path};
  request.overlays[util::normal_path(path)] = std::move(text);
  request.settings = [&settings](std::string_view) -> const rules::RuleSettings& { return settings; };
  request.rules = rules;
  request.inline_ignores = inline_ignores;
  request.project_rules = false;
  auto reports = check(request);
  for (auto& r : reports) {
    if (r.path == path) return std::move(r);
  }
  return {nullptr, path, "not checked", {}, {}};
}

core::FileReport check_image(const image::Image& image, const std::string& reference,
                             const rules::RuleSettings& settings, const std::vector<const rules::Rule*>& rules,
                             rules::RuleTimings* timings) {
  rules::ImageContext context(image, settings);
  auto reported = rules::run_image_rules(context, rules.empty() ? rules::all_rules() : rules, timings);
  std::vector<core::FileReport> reports;
  std::map<std::string, std::size_t> index;
  reports.push_back({context.source(), context.source()->path(), {}, {}, {}});
  index[context.source()->path()] = 0;
  rules::SettingsFor settings_for = [&settings](std::string_view) -> const rules::RuleSettings& { return settings; };
  // An image has no comments to honour: its configuration is the only way to silence a rule.
  finish(std::move(reported), settings_for, [](const core::SourceFile&) -> const Suppressions* { return nullptr; },
         reports, index);
  reports.front().path = reference;
  return std::move(reports.front());
}

}  // namespace plimsoll::session
