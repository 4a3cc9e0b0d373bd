#include "rules/context/build_contexts.h"

#include <map>
#include <mutex>
#include <utility>

#include "dockerignore/context_files.h"
#include "rules/compose/services.h"
#include "rules/context/copy_sources.h"
#include "util/format.h"
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

constexpr std::string_view kNoStatement = "no compose file, bake file, Makefile, script, workflow or configuration states one";
constexpr std::size_t kMaxEntries = 50'000;  // a context bigger than this is not walked further

// A context a build states, and where it says so.
struct Stated {
  std::string dir;
  std::string origin;
};

// Every stated context of each Dockerfile (normal path): compose services, then bake targets,
// Makefile, script and workflow calls (project/stated_contexts.h).
std::map<std::string, std::vector<Stated>> stated_contexts(const project::Project& project) {
  std::map<std::string, std::vector<Stated>> out;
  for_each_service(project, [&](const ServiceView& service) {
    const auto& build = service.typed.build;
    if (!build || build->remote || build->inline_dockerfile) return;
    const std::string& file = service.stack.document_of(build->node ? *build->node : service.node).path;
    std::string dir = util::join_path(util::parent_dir(file), build->context);
    std::string origin = build->node && build->node->line > 0 ? util::format("{}:{}", file, build->node->line) : file;
    out[util::normal_path(util::join_path(dir, build->dockerfile))].push_back({dir, origin});
  });
  for (const auto& s : project.stated_contexts) out[util::normal_path(s.dockerfile)].push_back({s.context, s.origin});
  return out;
}

// The non-wildcard COPY/ADD sources of a Dockerfile: what tells one context from another.
std::vector<std::string> plain_sources(const project::LoadedDockerfile& d) {
  std::vector<std::string> out;
  for (const auto& in : d.file.instructions) {
    for (const CopySource& source : context_sources(in)) {
      if (!source.path.empty() && !has_glob(source.path)) out.push_back(source.path);
    }
  }
  return out;
}

std::size_t resolving(const util::Filesystem& files, const std::string& dir, const std::vector<std::string>& sources) {
  std::size_t n = 0;
  for (const auto& s : sources) n += files.exists(util::join_path(dir, s)) ? 1 : 0;
  return n;
}

// No build states a context: the Dockerfile's directory when its sources resolve there, else
// the nearest ancestor (up to the project root) they all resolve from. Never claims more
// certainty than that: the context is `doubtful` when neither settles it.
void assume_context(const project::Project& project, const util::Filesystem& files, const project::LoadedDockerfile& d,
                    BuildContext& build) {
  std::string own = util::parent_dir(d.path);
  build.dir = own;
  std::vector<std::string> sources = plain_sources(d);
  std::size_t here = resolving(files, own, sources);
  if (here == sources.size()) {
    build.notes.push_back(util::format("context `{}` assumed: the Dockerfile's directory ({})", own, kNoStatement));
    return;
  }
  std::string root = project.root.empty() ? std::string(".") : project.root;
  bool elsewhere = false;  // some source exists only in an ancestor
  std::string dir = own;
  for (int up = 0; up < 16 && util::normal_path(dir) != util::normal_path(root) && util::is_inside(dir, root); ++up) {
    dir = util::parent_dir(dir);
    if (!files.admits(dir)) break;
    std::size_t there = resolving(files, dir, sources);
    if (there == sources.size()) {
      build.dir = dir;
      build.notes.push_back(util::format("context `{}` assumed ({}): the COPY/ADD sources resolve from it, not from "
                                         "the Dockerfile's directory `{}`",
                                         dir, kNoStatement, own));
      return;
    }
    for (const auto& s : sources) {
      if (elsewhere) break;
      elsewhere = !files.exists(util::join_path(own, s)) && files.exists(util::join_path(dir, s));
    }
  }
  // Nothing of what it copies beside it: a Dockerfile below the root is built from elsewhere.
  bool nothing_here = here == 0 && util::normal_path(own) != util::normal_path(root);
  build.doubtful = elsewhere || nothing_here;
  build.notes.push_back(util::format(
      "context `{}` assumed: the Dockerfile's directory ({}){}", own, kNoStatement,
      elsewhere      ? "; some COPY/ADD sources exist only in a directory above it, so it may be built from there"
      : nothing_here ? "; none of its COPY/ADD sources is there, so it may be built from elsewhere"
                     : ""));
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
    std::map<std::string, std::vector<Stated>> stated = stated_contexts(project);
    for (const auto& d : project.dockerfiles) {
      if (!d.checked || !d.source) continue;
      // One build per distinct context: a Dockerfile built from two directories is checked in
      // each; one directory stated twice is checked once, with every statement in its notes.
      std::vector<BuildContext> mine;
      auto add_stated = [&](const std::string& dir, const std::string& origin) {
        for (BuildContext& b : mine) {
          if (util::normal_path(b.dir) == util::normal_path(dir)) {
            b.notes.push_back(util::format("context `{}` from {}", dir, origin));
            return;
          }
        }
        BuildContext b;
        b.dockerfile = &d;
        b.dir = dir;
        b.stated = true;
        b.notes.push_back(util::format("context `{}` from {}", dir, origin));
        mine.push_back(std::move(b));
      };
      if (auto it = stated.find(util::normal_path(d.path)); it != stated.end()) {
        for (const Stated& s : it->second) add_stated(s.dir, s.origin);
      }
      if (std::string configured = project.configured_context(d.path); !configured.empty()) {
        add_stated(configured, "the configuration's `build-contexts`");
      }
      if (mine.empty()) {
        BuildContext b;
        b.dockerfile = &d;
        assume_context(project, *files, d, b);
        mine.push_back(std::move(b));
      }
      for (BuildContext& build : mine) {
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
