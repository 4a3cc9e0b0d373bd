// Where each kind of statement is looked for, and why there:
// - bake files beside the project root and beside each checked Dockerfile and its ancestors (bake
//   is run from the directory its file is in);
// - the Makefiles the project loaded (their recipes run from the Makefile's directory);
// - `*.sh` at the root and beside each Dockerfile, and scripts in a few conventional directories
//   (`scripts/`, `bin/`, …) at most kScriptDepth levels down; a call is read from the script's
//   directory, else from the root (`./scripts/build.sh` is usually run from there);
// - `.github/workflows/*.yml|yaml` at the repository root, the only place GitHub reads them:
//   the git checkout around the project root, else the project root (steps run in the
//   checked-out repository, so their paths are relative to it).
// A statement counts only for a Dockerfile the project loaded, and so do the named contexts it
// supplies (`contexts`, `--build-context`, `build-contexts`); the names it tags its image with
// (`tags`, `-t`) count whatever it builds, as images the project builds itself.
#include "project/stated_contexts.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>

#include "project/bake.h"
#include "project/build_calls.h"
#include "project/built_images.h"
#include "project/named_contexts.h"
#include "project/workflow.h"
#include "util/format.h"
#include "util/path.h"

namespace plimsoll::project {
namespace {

constexpr std::size_t kMaxScripts = 200;
constexpr std::size_t kMaxScriptBytes = std::size_t{256} << 10;
constexpr std::size_t kMaxWorkflows = 100;
constexpr int kScriptDepth = 3;
constexpr int kMaxCheckoutDepth = 64;  // directories climbed looking for the repository root
constexpr std::array kScriptDirs = {"scripts", "script", "bin", "hack", "ci", "build", "docker", "tools", ".ci"};
// The order bake reads its default files in: later ones override earlier ones.
constexpr std::array kBakeFiles = {"docker-bake.json", "docker-bake.hcl", "docker-bake.override.json",
                                   "docker-bake.override.hcl"};

class Collector {
 public:
  Collector(const util::Filesystem& files, Project& project) : files_(files), project_(project) {
    for (const auto& d : project.dockerfiles) dockerfiles_.emplace(util::absolute_path(d.path), util::normal_path(d.path));
  }

  // Records the build, with the named contexts it supplies, when it names a loaded Dockerfile;
  // true when it did. Compared absolute: a workflow read at the repository root names it from
  // there (`../../api/Dockerfile` for `Dockerfile` when the project root is `.`), and it is
  // recorded as the project spells it.
  bool add(const std::string& dockerfile, const std::string& context, std::string origin,
           const std::vector<std::string>& named = {}) {
    auto loaded = dockerfiles_.find(util::absolute_path(dockerfile));
    if (loaded == dockerfiles_.end()) return false;
    for (const std::string& name : named) note_named_context(project_, loaded->second, name, origin);
    StatedContext stated{loaded->second, util::normal_path(context), std::move(origin)};
    if (seen_.insert({stated.dockerfile, stated.context}).second) project_.stated_contexts.push_back(std::move(stated));
    return true;
  }

  // The file's text; nullopt when it is not there, unreadable, or over `limit` (said in a notice:
  // the builds it states are then unknown, never silently).
  std::optional<std::string> read(const std::string& path, std::size_t limit) {
    if (!files_.is_regular_file(path)) return std::nullopt;
    auto text = files_.read(path);
    if (!text) return std::nullopt;
    if (text->size() > limit) {
      notice(util::format("{}: larger than {} bytes; the builds it states are not read", path, limit));
      return std::nullopt;
    }
    return std::move(*text);
  }

  // Notes the names a build tags its image with, whatever Dockerfile it builds.
  void built(const std::vector<std::string>& tags, const std::string& origin) {
    for (const std::string& tag : tags) note_built_image(project_, tag, origin);
  }

  void notice(std::string text) { project_.notices.push_back(std::move(text)); }

  const util::Filesystem& files() const { return files_; }

 private:
  const util::Filesystem& files_;
  Project& project_;
  std::map<std::string, std::string> dockerfiles_;  // absolute → as the project spells it
  std::set<std::pair<std::string, std::string>> seen_;
};

std::string root_of(const Project& project) { return project.root.empty() ? std::string(".") : project.root; }

// The root and the directories of the checked Dockerfiles up to it: where bake files and
// loose scripts are looked for.
std::vector<std::string> candidate_dirs(const Project& project) {
  std::string root = root_of(project);
  std::set<std::string> seen;
  std::vector<std::string> out;
  auto add = [&](const std::string& dir) {
    if (seen.insert(util::normal_path(dir)).second) out.push_back(dir);
  };
  add(root);
  for (const auto& d : project.dockerfiles) {
    if (!d.checked) continue;
    std::string dir = util::parent_dir(d.path);
    for (int up = 0; up < 8 && util::is_inside(dir, root); ++up) {
      add(dir);
      if (util::normal_path(dir) == util::normal_path(root)) break;
      dir = util::parent_dir(dir);
    }
  }
  return out;
}

void read_bake(Collector& c, const std::string& dir) {
  std::vector<BakeDocument> docs;
  std::vector<std::string> paths;
  for (const char* name : kBakeFiles) {
    std::string path = util::join_path(dir, name);
    auto text = c.read(path, kMaxBakeBytes);
    if (!text) continue;
    docs.push_back(std::string_view(name).ends_with(".json") ? read_bake_json(*text) : read_bake_hcl(*text));
    paths.push_back(path);
  }
  if (docs.empty()) return;
  for (const BakeTarget& t : resolve_bake(docs)) {
    const std::string& file = paths[t.document];
    std::string origin = t.line > 0 ? util::format("{}:{}", file, t.line) : util::format("{} target `{}`", file, t.name);
    std::vector<std::string> named;
    for (const auto& entry : t.named_contexts) named.push_back(entry.first);
    c.add(util::join_path(dir, t.dockerfile), util::join_path(dir, t.context), origin, named);
    c.built(t.tags, origin);
  }
}

// `call` as run from `dir`.
bool add_call(Collector& c, const BuildCall& call, const std::string& dir, const std::string& origin) {
  std::string context = util::join_path(dir, call.context);
  std::string dockerfile = call.dockerfile.empty() ? util::join_path(context, "Dockerfile") : util::join_path(dir, call.dockerfile);
  return c.add(dockerfile, context, origin, call.named_contexts);
}

void read_script(Collector& c, const std::string& path, const std::string& root) {
  auto text = c.read(path, kMaxScriptBytes);
  if (!text) return;
  if (util::extension(path).empty() && !text->starts_with("#!")) return;  // a program, not a script
  std::string dir = util::parent_dir(path);
  for (const BuildCall& call : read_build_calls(*text)) {
    std::string origin = util::format("{}:{}", path, call.line);
    c.built(call.tags, origin);
    if (add_call(c, call, dir, origin) || call.from_script_dir) continue;
    if (util::normal_path(dir) != util::normal_path(root)) add_call(c, call, root, origin);
  }
}

bool looks_like_script(std::string_view name) { return name.ends_with(".sh") || name.ends_with(".bash"); }

void collect_scripts(const util::Filesystem& files, const std::string& dir, int depth, std::vector<std::string>& out) {
  if (depth > kScriptDepth || out.size() > kMaxScripts) return;
  auto entries = files.list(dir);
  if (!entries) return;
  for (const auto& e : *entries) {
    if (out.size() > kMaxScripts) return;  // one past the cap: read_scripts says it was reached
    std::string path = util::join_path(dir, e.name);
    if (e.is_symlink) continue;
    if (e.is_dir) {
      collect_scripts(files, path, depth + 1, out);
    } else if (looks_like_script(e.name) || (depth > 0 && util::extension(e.name).empty() && e.size <= kMaxScriptBytes)) {
      // Under `bin/` and friends, scripts often have no extension; a larger such file is a
      // program, not a script, and is passed over without a notice.
      out.push_back(path);
    }
  }
}

void read_scripts(Collector& c, const Project& project, const std::vector<std::string>& dirs) {
  std::string root = root_of(project);
  std::vector<std::string> scripts;
  for (const std::string& dir : dirs) {
    auto entries = c.files().list(dir);
    if (!entries) continue;
    for (const auto& e : *entries) {
      if (!e.is_dir && looks_like_script(e.name) && scripts.size() <= kMaxScripts) scripts.push_back(util::join_path(dir, e.name));
    }
  }
  for (const char* name : kScriptDirs) {
    std::string dir = util::join_path(root, name);
    if (c.files().is_directory(dir)) collect_scripts(c.files(), dir, 1, scripts);
  }
  if (scripts.size() > kMaxScripts) {
    scripts.resize(kMaxScripts);
    c.notice(util::format("{}: more than {} scripts; the others are not read for `docker build` calls", root, kMaxScripts));
  }
  std::set<std::string> done;
  for (const std::string& path : scripts) {
    if (done.insert(util::normal_path(path)).second) read_script(c, path, root);
  }
}

// The nearest directory at or above the project root that holds `.git` (a repository or a
// worktree), as util::enclosing_checkout finds it, spelt from the project root (`../..`) so paths
// joined to it compare with the project's; the project root when there is none. Looked for
// through `files`: a confined filesystem ends the climb where the project may no longer read.
std::string repository_root(const util::Filesystem& files, const std::string& root) {
  std::string dir = root;
  for (int up = 0; up < kMaxCheckoutDepth; ++up) {
    if (files.exists(util::join_path(dir, ".git"))) return dir;
    if (util::absolute_path(dir) == "/") break;
    std::string parent = util::join_path(dir, "..");
    if (parent == dir || !files.admits(parent)) break;
    dir = parent;
  }
  return root;
}

void read_workflows(Collector& c, const Project& project) {
  std::string root = repository_root(c.files(), root_of(project));
  std::string dir = util::join_path(root, ".github/workflows");
  auto entries = c.files().list(dir);
  if (!entries) return;
  std::size_t read = 0;
  for (const auto& e : *entries) {
    if (e.is_dir || !(e.name.ends_with(".yml") || e.name.ends_with(".yaml"))) continue;
    if (++read > kMaxWorkflows) {
      c.notice(util::format("{}: more than {} workflows; the others are not read for builds", dir, kMaxWorkflows));
      return;
    }
    std::string path = util::join_path(dir, e.name);
    auto text = c.read(path, std::size_t{1} << 20);
    if (!text) continue;
    for (const WorkflowBuild& b : read_workflow_builds(*text)) {
      std::string origin = util::format("{}:{}", path, b.line);
      c.add(util::join_path(root, b.dockerfile), util::join_path(root, b.context), origin, b.named_contexts);
      c.built(b.tags, origin);
    }
  }
}

}  // namespace

void find_stated_contexts(const util::Filesystem& files, Project& project) {
  if (std::none_of(project.dockerfiles.begin(), project.dockerfiles.end(), [](const LoadedDockerfile& d) { return d.checked; })) {
    return;
  }
  Collector c(files, project);
  std::vector<std::string> dirs = candidate_dirs(project);
  for (const std::string& dir : dirs) read_bake(c, dir);
  for (const auto& m : project.makefiles) {
    std::string dir = util::parent_dir(m.path);
    for (const BuildCall& call : m.makefile.build_calls) {
      std::string origin = util::format("{}:{}", m.path, call.line);
      c.built(call.tags, origin);
      if (!call.from_script_dir) add_call(c, call, dir, origin);
    }
  }
  read_scripts(c, project, dirs);
  read_workflows(c, project);
}

}  // namespace plimsoll::project
