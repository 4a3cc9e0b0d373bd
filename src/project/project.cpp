#include "project/project.h"

#include <sys/stat.h>

#include <algorithm>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <type_traits>
#include <set>
#include <tuple>

#include "compose/extends.h"
#include "compose/merge.h"
#include "compose/written.h"
#include "dockerfile/parser.h"
#include "project/compose_includes.h"
#include "project/content_kind.h"
#include "project/references.h"
#include "project/built_images.h"
#include "project/named_contexts.h"
#include "project/stated_contexts.h"
#include "project/stacks.h"
#include "util/format.h"
#include "util/parallel.h"
#include "util/text.h"
#include "util/path.h"
#include "util/remembering_filesystem.h"

namespace plimsoll::project {

namespace {

std::shared_ptr<const core::SourceFile> read_source(const util::Filesystem& files, const std::string& path,
                                                    std::vector<std::string>& errors) {
  auto text = files.read(path);
  if (!text) {
    errors.push_back(text.error().message);
    return nullptr;
  }
  return std::make_shared<core::SourceFile>(path, std::move(*text));
}

// The Dockerfiles that compose services build, so cross-file rules can read them.
std::vector<std::string> built_dockerfiles(const ComposeStack& stack) {
  std::vector<std::string> out;
  for (const compose::Service& service : stack.services) {
    if (!service.build || service.build->remote || service.build->inline_dockerfile) continue;
    std::string dir = util::parent_dir(stack.document_of(*service.node).path);
    out.push_back(util::join_path(util::join_path(dir, service.build->context), service.build->dockerfile));
  }
  return out;
}

// The caller's unsaved text for `path`, if it handed one in: the parse cache must not take a
// file's parse from disk while an editor holds other text for it. Keys are compared as the
// filesystem seam compares them, absolute and lexically normal.
const std::string* overlay_of(const ProjectInput& input, const std::string& path) {
  bool shared = input.shared_overlays && !input.shared_overlays->empty();
  if (input.overlays.empty() && !shared) return nullptr;
  for (const std::string& key : {util::normal_path(path), util::absolute_path(path)}) {
    auto it = input.overlays.find(key);
    if (it != input.overlays.end()) return &it->second;
  }
  if (shared) {
    auto it = input.shared_overlays->find(util::absolute_path(path));
    if (it != input.shared_overlays->end() && it->second) return it->second.get();
  }
  return nullptr;
}

long long stat_time(const struct stat& info) {
  return static_cast<long long>(info.st_mtim.tv_sec) * 1000000000LL + info.st_mtim.tv_nsec;
}

}  // namespace

std::optional<LoadedDockerfile> ParsedCache::take(const std::string& path, const std::string* overlay) {
  Stamp stamp;
  if (overlay == nullptr) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) return std::nullopt;
    stamp = {stat_time(info), static_cast<long long>(info.st_size)};
  }
  loaded_[path] = stamp;
  auto it = entries_.find(path);
  if (it == entries_.end()) return std::nullopt;
  const Entry& entry = it->second;
  bool same = overlay != nullptr ? entry.stamp.mtime == -1 && entry.dockerfile.source->text() == *overlay
                                 : entry.stamp.mtime == stamp.mtime && entry.stamp.size == stamp.size;
  if (!same) return std::nullopt;
  std::optional<LoadedDockerfile> out(std::move(it->second.dockerfile));
  entries_.erase(it);
  return out;
}

void ParsedCache::keep(Project&& project) {
  entries_.clear();
  for (auto& d : project.dockerfiles) {
    auto stamp = loaded_.find(d.path);
    if (stamp == loaded_.end() || !d.source) continue;
    std::string path = d.path;  // not d.path itself: the entry is made from d first
    entries_.try_emplace(std::move(path), Entry{stamp->second, std::move(d)});
  }
  loaded_.clear();
  project.dockerfiles.clear();
}

namespace {

using SourceOf = std::function<std::shared_ptr<const core::SourceFile>(const std::string&)>;

// Resolves the stack's `extends` (compose/extends.h). Files named by `extends.file` load as
// documents of the stack, so findings on what a service inherits point at the lines that
// wrote it; files outside the project root are not read.
void resolve_stack_extends(ComposeStack& stack, const util::Filesystem& files, const SourceOf& source_of,
                           const envfile::Lookup& lookup, std::vector<std::string>& notices) {
  if (stack.merged.kind != util::YamlNode::Kind::kMap) return;
  std::deque<compose::ComposeDocument> loaded;  // stable addresses while the resolver holds them
  std::map<std::string, const util::YamlNode*> by_path;
  auto load = [&](const std::string& path, std::string& why) -> const util::YamlNode* {
    if (auto it = by_path.find(path); it != by_path.end()) return it->second;
    const util::YamlNode* root = nullptr;
    for (const auto& doc : stack.documents) {
      if (util::normal_path(doc.path) == path && doc.loaded) root = &doc.root;
    }
    if (root == nullptr && !files.admits(path)) why = "leads outside the project root";
    if (root == nullptr && files.admits(path) && !files.is_regular_file(path)) why = "does not exist";
    if (root == nullptr && files.admits(path) && files.is_regular_file(path)) {
      if (auto source = source_of(path)) {
        compose::LoadOptions options;
        options.variables = lookup;
        options.origin = static_cast<uint32_t>(stack.documents.size() + loaded.size());
        loaded.push_back(compose::load_document(source, options));
        if (loaded.back().loaded) root = &loaded.back().root;
      }
    }
    by_path[path] = root;
    return root;
  };
  auto file_dir = [&stack](const util::YamlNode& node) {
    return node.origin < stack.documents.size() ? util::parent_dir(util::normal_path(stack.documents[node.origin].path))
                                                : std::string(".");
  };
  std::vector<std::string> problems;
  compose::resolve_extends(stack.merged, file_dir, load, problems);
  for (auto& doc : loaded) stack.documents.push_back(std::move(doc));
  const std::string& first = stack.documents.front().path;
  for (const auto& problem : problems) notices.push_back(util::format("{}: {}", first, problem));
}

// Reads, parses and models `paths` on the input's threads, appending them in order
// (those the input's cache holds unchanged are taken from it). A model
// points at instructions inside its Dockerfile's instruction vector; moving a Dockerfile keeps
// that buffer, so the model stays valid wherever the LoadedDockerfile is moved (and vectors of
// them move, never copy, as their move is noexcept).
static_assert(std::is_nothrow_move_constructible_v<LoadedDockerfile>, "models rely on Dockerfiles moving, never copying");
void read_dockerfiles(const ProjectInput& input, const util::Filesystem& files, const std::vector<std::string>& paths,
                      bool checked, Project& project) {
  if (paths.empty()) return;
  std::vector<std::optional<LoadedDockerfile>> loaded(paths.size());
  std::vector<std::string> errors(paths.size());
  std::vector<std::string> notices(paths.size());
  if (input.cache != nullptr) {
    for (std::size_t i = 0; i < paths.size(); ++i) {
      loaded[i] = input.cache->take(paths[i], overlay_of(input, paths[i]));
      if (loaded[i]) loaded[i]->checked = checked;
    }
  }
  util::parallel_for(paths.size(), input.threads, [&](std::size_t i) {
    if (loaded[i]) return;
    auto text = files.read(paths[i]);
    if (!text) {
      errors[i] = text.error().message;
      return;
    }
    // What a template engine renders is what Docker reads, not this: say so, check nothing.
    if (is_templated_dockerfile(*text)) {
      if (checked) notices[i] = paths[i] + ": a template (its FROM line or a statement line holds template syntax), "
                                           "rendered into what Docker reads; not checked";
      return;
    }
    auto source = std::make_shared<core::SourceFile>(paths[i], std::move(*text));
    LoadedDockerfile& d = loaded[i].emplace();
    d.path = paths[i];
    d.source = source;
    d.file = dockerfile::parse(source->text());
    d.model = dockerfile::build_model(d.file);
    d.checked = checked;
  });
  for (std::size_t i = 0; i < paths.size(); ++i) {
    if (!errors[i].empty()) project.errors.push_back(std::move(errors[i]));
    if (!notices[i].empty()) project.notices.push_back(std::move(notices[i]));
    if (loaded[i]) project.dockerfiles.push_back(std::move(*loaded[i]));
  }
}

}  // namespace

std::string ComposeStack::as_written(const util::YamlNode& node) const {
  return compose::as_written(documents, [this](std::string_view name) -> std::optional<std::string> {
    auto it = variables.find(name);
    return it == variables.end() ? std::nullopt : std::optional<std::string>(it->second);
  }, node);
}

bool ComposeStack::written_as_reference(const util::YamlNode& node) const {
  return compose::written_as_reference(documents, node);
}

bool ComposeStack::is_development() const {
  for (const auto& doc : documents) {
    std::string env = environment_name(doc.path);
    if (env == "dev" || env == "development" || env == "local" || env == "override") return true;
  }
  return false;
}

bool ComposeStack::is_production() const {
  for (const auto& doc : documents) {
    std::string env = environment_name(doc.path);
    if (env == "prod" || env == "production" || env == "live") return true;
  }
  return false;
}

std::string Project::configured_context(std::string_view dockerfile_path) const {
  auto it = context_overrides.find(util::absolute_path(dockerfile_path));
  return it == context_overrides.end() ? std::string() : it->second;
}

void Project::reindex() {
  dockerfile_index.clear();
  env_file_index.clear();
  // The first of two spellings of one path wins, as the scan it replaces found the first.
  for (std::size_t i = 0; i < dockerfiles.size(); ++i) dockerfile_index.try_emplace(util::normal_path(dockerfiles[i].path), i);
  for (std::size_t i = 0; i < env_files.size(); ++i) env_file_index.try_emplace(util::normal_path(env_files[i].path), i);
}

const LoadedDockerfile* Project::dockerfile(std::string_view path) const {
  std::string key = util::normal_path(path);
  if (dockerfile_index.size() == dockerfiles.size()) {
    auto it = dockerfile_index.find(key);
    return it == dockerfile_index.end() ? nullptr : &dockerfiles[it->second];
  }
  for (const auto& d : dockerfiles) {
    if (util::normal_path(d.path) == key) return &d;
  }
  return nullptr;
}

const LoadedEnvFile* Project::env_file(std::string_view path) const {
  std::string key = util::normal_path(path);
  if (env_file_index.size() == env_files.size()) {
    auto it = env_file_index.find(key);
    return it == env_file_index.end() ? nullptr : &env_files[it->second];
  }
  for (const auto& e : env_files) {
    if (util::normal_path(e.path) == key) return &e;
  }
  return nullptr;
}

Project load_project(const ProjectInput& input) {
  Project project;
  project.root = input.root;
  std::shared_ptr<const util::Filesystem> disk = util::shared_disk();
  if (input.confinement) disk = std::make_shared<util::ConfinedFilesystem>(disk, input.confinement);
  disk = std::make_shared<util::RememberingFilesystem>(std::move(disk));
  project.filesystem = input.overlays.empty() && !input.shared_overlays
                           ? disk
                           : std::make_shared<util::OverlayFilesystem>(disk, input.overlays, input.shared_overlays);
  const util::Filesystem& files = *project.filesystem;
  for (const auto& [dockerfile, context] : input.build_contexts) {
    project.context_overrides[util::absolute_path(util::join_path(input.base_dir, dockerfile))] =
        util::absolute_path(util::join_path(input.base_dir, context));
  }
  std::vector<std::string> compose_paths;
  std::vector<std::string> env_paths;
  std::vector<std::string> dockerfile_paths = input.dockerfiles;
  for (const auto& file : input.files) {
    if (classify(file) == FileKind::kDockerfile) dockerfile_paths.push_back(file);
  }
  std::sort(dockerfile_paths.begin(), dockerfile_paths.end());
  dockerfile_paths.erase(std::unique(dockerfile_paths.begin(), dockerfile_paths.end()), dockerfile_paths.end());
  read_dockerfiles(input, files, dockerfile_paths, true, project);
  for (const auto& file : input.compose_files) {
    project.compose_files.push_back(file);
    compose_paths.push_back(util::normal_path(file));
  }
  for (const auto& file : input.files) {
    switch (classify(file)) {
      case FileKind::kDockerfile:
        break;
      case FileKind::kCompose:
        project.compose_files.push_back(file);
        compose_paths.push_back(util::normal_path(file));
        break;
      case FileKind::kEnv: {
        auto source = read_source(files, file, project.errors);
        if (!source) break;
        project.env_files.push_back({file, source, envfile::parse_env_file(source->text()), true});
        env_paths.push_back(util::normal_path(file));
        break;
      }
      case FileKind::kDockerignore:
        if (auto source = read_source(files, file, project.errors)) project.dockerignores.push_back({file, source});
        break;
      case FileKind::kMakefile:
        if (auto source = read_source(files, file, project.errors)) {
          project.makefiles.push_back({file, source, parse_makefile(source->text())});
          // An expansion limit changes what the Makefile is read to call: say so, never silently.
          for (const auto& d : project.makefiles.back().makefile.diagnostics)
            project.notices.push_back(util::format("{}: {}", file, d.message));
        }
        break;
      case FileKind::kOther:
        break;
    }
  }

  project.reindex();
  // Only checked env files are asked about in the repository; opening it reads its whole
  // index, the largest part of a small check's time.
  bool env_checked = std::any_of(project.env_files.begin(), project.env_files.end(),
                                 [](const LoadedEnvFile& e) { return e.checked; });
  if (input.open_git && env_checked) {
    std::string error;
    project.git = GitStatus::open(input.root.empty() ? "." : input.root, &error);
    // Without the repository, committed env files cannot be told from local ones: say so.
    if (!error.empty()) project.errors.push_back(std::move(error));
  }

  std::vector<MakefileCalls> calls;
  for (const auto& m : project.makefiles) calls.push_back({util::normal_path(m.path), m.makefile.compose_calls});
  std::vector<StackPlan> plans = plan_stacks(compose_paths, env_paths, calls,
                                         [&files](const std::string& path) { return files.is_regular_file(path); });
  if (!input.compose_stack.empty()) {
    // Named with `-f`: compose's project directory is the first file's, its `.env` the default.
    StackPlan plan;
    for (const auto& f : input.compose_stack) plan.files.push_back(util::normal_path(f));
    if (input.env_files.empty()) {
      plan.env_files.push_back(util::normal_path(util::join_path(util::parent_dir(plan.files.front()), ".env")));
    }
    plan.source = "-f";
    plans = {std::move(plan)};
  }
  if (!input.env_files.empty()) {
    for (auto& plan : plans) {
      if (plan.source != "default" && plan.source != "-f") continue;
      plan.env_files.clear();
      for (const auto& e : input.env_files) plan.env_files.push_back(util::normal_path(e));
      plan.source = plan.source == "-f" ? "-f, --env-file" : "--env-file";
    }
  }

  // Compose documents are small; each stack loads its own copies, interpolated its own way.
  std::map<std::string, std::shared_ptr<const core::SourceFile>> sources;
  std::map<std::string, std::string> shown_as;  // normal path → as given (the last spelling wins)
  for (const auto& f : project.compose_files) shown_as[util::normal_path(f)] = f;
  SourceOf source_of = [&](const std::string& path) -> std::shared_ptr<const core::SourceFile> {
    auto it = sources.find(path);
    if (it != sources.end()) return it->second;
    auto as_given = shown_as.find(path);
    std::string shown = as_given == shown_as.end() ? path : as_given->second;
    auto source = read_source(files, shown, project.errors);
    sources[path] = source;
    return source;
  };
  std::set<std::tuple<std::vector<std::string>, std::vector<std::string>, std::map<std::string, std::string, std::less<>>>>
      loaded_stacks;
  // Included files become stacks of their own, appended while the loop runs: bounded, and each
  // file included once however many files include it.
  constexpr std::size_t kMaxIncludedStacks = 256;
  std::set<std::vector<std::string>> included;
  auto exists = [&files](const std::string& path) { return files.is_regular_file(path); };
  for (std::size_t p = 0; p < plans.size(); ++p) {
    const StackPlan plan = plans[p];  // a copy: appending to `plans` below moves its elements
    ComposeStack stack;
    stack.source = plan.source;
    stack.project_dir = util::parent_dir(plan.files.front());
    for (const auto& env_path : plan.env_files) {
      const LoadedEnvFile* env = project.env_file(env_path);
      envfile::EnvFile parsed;
      if (env == nullptr) {
        if (!files.exists(env_path)) continue;  // DC011 and friends report missing files
        auto text = files.read(env_path);
        if (!text) {
          project.errors.push_back(text.error().message);
          continue;
        }
        auto vars = stack.variables;
        parsed = envfile::parse_env_file(*text, [&](std::string_view name) -> std::optional<std::string> {
          auto it = vars.find(name);
          return it == vars.end() ? std::nullopt : std::optional<std::string>(it->second);
        });
      }
      const envfile::EnvFile& effective = env != nullptr ? env->env : parsed;
      for (const auto& entry : effective.entries) {
        if (!entry.inherited) stack.variables[entry.key] = entry.value;
      }
      stack.env_files.push_back(env_path);
    }
    // Calls that differ only in env files that do not exist (`--env-file e1`, `--env-file e2`,
    // …) would load the same files into the same stack again: each stack is loaded once.
    if (!loaded_stacks.insert({plan.files, stack.env_files, stack.variables}).second) continue;
    envfile::Lookup lookup = [&stack, &input](std::string_view name) -> std::optional<std::string> {
      if (input.process_environment) {
        if (auto value = input.process_environment(name)) return value;
      }
      auto it = stack.variables.find(name);
      return it == stack.variables.end() ? std::nullopt : std::optional<std::string>(it->second);
    };
    for (const auto& file : plan.files) {
      auto source = source_of(file);
      if (!source) continue;
      compose::LoadOptions options;
      options.variables = lookup;
      options.origin = static_cast<uint32_t>(stack.documents.size());
      stack.documents.push_back(compose::load_document(source, options));
    }
    stack.own_documents = stack.documents.size();
    for (const auto& doc : stack.documents) {
      if (!doc.loaded) continue;
      if (stack.merged.kind == util::YamlNode::Kind::kNull) {
        stack.merged = doc.root;
        compose::drop_reset_entries(stack.merged);
      } else {
        compose::merge_into(stack.merged, doc.root);
      }
      std::vector<std::string> skipped;
      for (auto& inc : included_stacks(doc, exists, skipped)) {
        bool admitted = true;
        for (const auto& f : inc.files) {
          if (files.admits(f) && exists(f)) continue;
          admitted = false;
          project.notices.push_back(files.admits(f)
                                        ? util::format("{}: includes `{}`, which does not exist", inc.source, f)
                                        : util::format("{}: includes `{}`, which leads outside the project root; not read",
                                                       inc.source, f));
        }
        if (!admitted || !included.insert(inc.files).second) continue;
        if (included.size() > kMaxIncludedStacks) {
          project.notices.push_back(util::format("{}: more than {} included files; the rest are not checked", inc.source,
                                                 kMaxIncludedStacks));
          break;
        }
        plans.push_back(std::move(inc));
      }
      for (auto& line : skipped) project.notices.push_back(std::move(line));
    }
    resolve_stack_extends(stack, files, source_of, lookup, project.notices);
    stack.services = compose::parse_services(stack.merged, [&stack](const util::YamlNode& node) { return stack.as_written(node); });
    if (!stack.documents.empty()) project.stacks.push_back(std::move(stack));
  }

  // Dockerfiles that services build, when they were not among the checked files.
  std::set<std::string> wanted;
  for (const auto& stack : project.stacks) {
    for (auto& path : built_dockerfiles(stack)) wanted.insert(path);
  }
  std::vector<std::string> referenced;
  for (const auto& path : wanted) {
    if (project.dockerfile(path) == nullptr && files.is_regular_file(path)) referenced.push_back(path);
  }
  read_dockerfiles(input, files, referenced, false, project);
  project.reindex();
  note_compose_built_images(project);
  note_compose_named_contexts(project);
  if (input.read_surroundings) find_stated_contexts(files, project);
  note_refused_references(files, project);
  return project;
}

}  // namespace plimsoll::project
