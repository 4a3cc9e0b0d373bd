#include "rules/context/build_contexts.h"

#include <map>
#include <mutex>
#include <utility>

#include "dockerignore/context_files.h"
#include "rules/compose/services.h"
#include "rules/project_context.h"
#include "util/path.h"

namespace plimsoll::rules {

struct BuildContext::Walks {
  std::shared_ptr<const util::Filesystem> files;  // the project's, kept alive with the walks
  std::once_flag once;  // project rules run in parallel and may ask at the same time
  std::vector<std::string> all;
  std::vector<std::string> included;
  bool truncated = false;
};

namespace {

constexpr std::size_t kMaxEntries = 50'000;  // a context bigger than this is not walked further

// The compose services that build each Dockerfile, with their contexts (normal paths).
std::map<std::string, std::string> compose_contexts(const project::Project& project) {
  std::map<std::string, std::string> out;
  for_each_service(project, [&](const ServiceView& service) {
    const auto& build = service.typed.build;
    if (!build || build->remote || build->inline_dockerfile) return;
    std::string dir = util::join_path(util::parent_dir(service.stack.document_of(service.node).path), build->context);
    out.emplace(util::normal_path(util::join_path(dir, build->dockerfile)), dir);
  });
  return out;
}

void walk_once(const BuildContext& build, BuildContext::Walks& walks) {
  dockerignore::WalkOptions options;
  options.max_entries = kMaxEntries;
  dockerignore::Matcher nothing(std::vector<std::string>{});
  auto all = dockerignore::walk_context(*walks.files, build.dir, nothing, options);
  walks.all = std::move(all.files);
  walks.truncated = all.truncated;
  if (build.matcher == nullptr) {
    walks.included = walks.all;
    return;
  }
  auto included = dockerignore::walk_context(*walks.files, build.dir, *build.matcher, options);
  walks.included = std::move(included.files);
  walks.truncated = walks.truncated || included.truncated;
}

void walk(const BuildContext& build, BuildContext::Walks& walks) {
  std::call_once(walks.once, [&] { walk_once(build, walks); });
}

}  // namespace

bool BuildContext::excluded(std::string_view path) const {
  return matcher != nullptr && matcher->matches_or_parent_matches(path).excluded;
}

const std::vector<std::string>& BuildContext::all_files() const {
  walk(*this, *walks_);
  return walks_->all;
}

const std::vector<std::string>& BuildContext::included_files() const {
  walk(*this, *walks_);
  return walks_->included;
}

bool BuildContext::truncated() const {
  walk(*this, *walks_);
  return walks_->truncated;
}

const std::vector<BuildContext>& build_contexts(ProjectContext& ctx) {
  static const int kKey = 0;
  struct Cache {
    std::once_flag once;
    std::vector<BuildContext> builds;
  };
  Cache& cache = ctx.memo<Cache>(&kKey);
  std::call_once(cache.once, [&] {
    const project::Project& project = ctx.project();
    std::shared_ptr<const util::Filesystem> files = project.filesystem ? project.filesystem : util::shared_disk();
    // Loaded ignore files by normal path, and the walks of each (context, ignore file) pair: the
    // Dockerfiles of a monorepo often share a context, which is then walked once.
    std::map<std::string, const project::LoadedText*> ignores;
    for (const auto& loaded : project.dockerignores) ignores[util::normal_path(loaded.path)] = &loaded;
    std::map<std::pair<std::string, std::string>, std::shared_ptr<BuildContext::Walks>> walks;
    std::map<std::string, std::string> from_compose = compose_contexts(project);
    for (const auto& d : project.dockerfiles) {
      if (!d.checked || !d.source) continue;
      BuildContext build;
      build.dockerfile = &d;
      auto it = from_compose.find(util::normal_path(d.path));
      if (it != from_compose.end()) {
        build.dir = it->second;
      } else if (std::string configured = project.configured_context(d.path); !configured.empty()) {
        build.dir = configured;
      } else {
        build.dir = util::parent_dir(d.path);
      }
      // A context outside the project is neither listed nor probed (the project's notices say
      // it was not followed): no rule may tell which files exist there.
      if (!files->admits(build.dir)) continue;
      if (auto choice = dockerignore::choose_ignore_file(build.dir, d.path, *files)) {
        // The last spelling of a path among the loaded files, as the scan this replaces found.
        if (auto loaded = ignores.find(util::normal_path(choice->path)); loaded != ignores.end()) {
          build.ignore_source = loaded->second->source;
        }
        if (!build.ignore_source) {
          if (auto text = files->read(choice->path)) {
            build.ignore_source = std::make_shared<core::SourceFile>(choice->path, std::move(*text));
          }
        }
        if (build.ignore_source) {
          build.ignore = dockerignore::read_ignore_file(build.ignore_source->text());
          build.matcher = std::make_shared<dockerignore::Matcher>(build.ignore.patterns(), true);
        }
      }
      auto& shared = walks[{util::normal_path(build.dir), build.ignore_source ? build.ignore_source->path() : ""}];
      if (!shared) {
        shared = std::make_shared<BuildContext::Walks>();
        shared->files = files;
      }
      build.walks_ = shared;
      cache.builds.push_back(std::move(build));
    }
  });
  return cache.builds;
}

bool has_glob(std::string_view path) { return path.find_first_of("*?[") != std::string_view::npos; }

std::optional<std::string> context_path(std::string_view source) {
  if (source.find("://") != std::string_view::npos || source.starts_with("git@") || source.find('$') != std::string_view::npos) {
    return std::nullopt;
  }
  std::string normal = util::normal_path(source);
  while (normal.starts_with("/")) normal.erase(0, 1);
  if (normal == "." || normal.empty()) return std::string();
  // BuildKit resolves sources inside the context: `..` stops at its root.
  while (normal.starts_with("../")) normal.erase(0, 3);
  if (normal == "..") return std::string();
  return normal;
}

}  // namespace plimsoll::rules
