// A checked project: the container-build files under the paths given, each read and parsed
// once, and the compose stacks (files merged as `docker compose -f … --env-file …` would) built
// from them. Immutable once loaded; rules only read it.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "compose/document.h"
#include "compose/service.h"
#include "core/source_file.h"
#include "dockerfile/ast.h"
#include "dockerfile/model.h"
#include "envfile/parser.h"
#include "project/file_kind.h"
#include "project/git_status.h"
#include "project/makefile.h"
#include "util/confinement.h"
#include "util/filesystem.h"
#include "util/yaml.h"

namespace plimsoll::project {

struct LoadedDockerfile {
  std::string path;  // as reported
  std::shared_ptr<const core::SourceFile> source;
  dockerfile::Dockerfile file;
  dockerfile::Model model;
  bool checked = false;  // found under the checked paths (not only referenced by compose)
};

struct LoadedEnvFile {
  std::string path;
  std::shared_ptr<const core::SourceFile> source;
  envfile::EnvFile env;
  bool checked = false;
};

struct LoadedMakefile {
  std::string path;
  std::shared_ptr<const core::SourceFile> source;
  Makefile makefile;
};

// A build the project states elsewhere than in compose: a bake target, a `docker build` call
// of a Makefile, a script or a workflow. Paths as the project spells them (joined with the
// directory of the file that states them), normal.
struct StatedContext {
  std::string dockerfile;
  std::string context;
  std::string origin;  // "docker-bake.hcl:3", "scripts/build.sh:12", …
};

// An image the project builds itself: a compose service's `image:` beside its `build:`, a
// bake target's tag, a `-t` of a `docker build` call or a workflow's build. Only names written
// out in full count; one made of variables or expressions is never guessed.
struct BuiltImage {
  dockerfile::ImageRef image;  // valid
  std::string origin;          // "compose.yaml:4", "docker-bake.hcl:3", ".github/workflows/ci.yml:12", …
};

// A name a build of the Dockerfile supplies as a named build context (bake `contexts`, compose
// `additional_contexts`, `--build-context`, the build-push action's `build-contexts`): a stage
// reference of that name reads the context (project/named_contexts.h).
struct NamedContext {
  std::string dockerfile;  // as the project spells it, normal
  std::string name;        // lower-cased, as BuildKit compares stage names
  std::string origin;
};

struct LoadedText {
  std::string path;
  std::shared_ptr<const core::SourceFile> source;
};

// Compose files that run together, interpolated with the env files that go with them. The
// typed services point into `merged`, so a stack moves but is never copied.
struct ComposeStack {
  ComposeStack() = default;
  ComposeStack(ComposeStack&&) = default;
  ComposeStack& operator=(ComposeStack&&) = default;
  ComposeStack(const ComposeStack&) = delete;
  ComposeStack& operator=(const ComposeStack&) = delete;

  std::vector<compose::ComposeDocument> documents;  // in `-f` order; node.origin indexes this
  // documents[0, own_documents) are the stack's files; the rest came in through `extends.file`.
  std::size_t own_documents = 0;
  std::vector<std::string> env_files;              // the interpolation sources, in order
  std::map<std::string, std::string, std::less<>> variables;  // what they define (later wins)
  std::string project_dir;  // compose's project directory: the first file's directory
  util::YamlNode merged;    // the documents merged; kNull when none loaded
  std::string source;       // why these belong together: "Makefile:12", "default", …
  std::vector<compose::Service> services;  // parsed once from `merged`, in file order

  const compose::ComposeDocument& document_of(const util::YamlNode& node) const { return documents[node.origin]; }
  // The scalar `node` as its file wrote it, with this stack's variables (compose/written.h).
  std::string as_written(const util::YamlNode& node) const;
  bool written_as_reference(const util::YamlNode& node) const;
  // True when the stack's name or its files say it is for development ("dev", "local", …).
  bool is_development() const;
  bool is_production() const;
};

struct Project {
  std::string root;  // the directory the paths have in common (the first path, or its directory)
  std::vector<LoadedDockerfile> dockerfiles;
  std::vector<std::string> compose_files;  // checked compose files
  std::vector<LoadedEnvFile> env_files;
  std::vector<LoadedText> dockerignores;
  std::vector<LoadedMakefile> makefiles;
  std::vector<ComposeStack> stacks;
  std::vector<StatedContext> stated_contexts;  // in discovery order (project/stated_contexts.h)
  std::vector<BuiltImage> built_images;        // in discovery order (project/built_images.h)
  std::set<std::string> built_image_keys;      // "repository:tag" of each, for builds_image
  std::vector<NamedContext> named_contexts;    // in discovery order (project/named_contexts.h)
  std::vector<std::string> errors;  // "path: reason" for referenced files that could not be read
  // "file: reason" for references that lead out of the project and were not followed (an
  // `env_file`, a build context, a Makefile's `-f`): never their content.
  std::vector<std::string> notices;
  std::shared_ptr<const GitStatus> git;  // the repository around the root; null when none
  std::map<std::string, std::string> context_overrides;  // absolute Dockerfile → absolute context
  // What the project was read through: the disk, under the overlays the input handed in.
  std::shared_ptr<const util::Filesystem> filesystem;

  // Rules ask this, never the disk, so an editor's unsaved buffers count as the files they are.
  const util::Filesystem& files() const { return filesystem ? *filesystem : util::disk(); }

  // The configured build context of a Dockerfile (absolute), or "" when none is configured.
  std::string configured_context(std::string_view dockerfile_path) const;

  // By path, compared after lexical normalisation; nullptr when not loaded. A map lookup:
  // project rules ask once per service or file, so a scan here made them quadratic.
  const LoadedDockerfile* dockerfile(std::string_view path) const;
  const LoadedEnvFile* env_file(std::string_view path) const;

  // The lookup indexes, normal path → position; load_project keeps them current. A project
  // assembled by hand without them is scanned instead.
  std::map<std::string, std::size_t, std::less<>> dockerfile_index;
  std::map<std::string, std::size_t, std::less<>> env_file_index;
  void reindex();
};

class ParsedCache;

struct ProjectInput {
  std::string root;
  std::vector<std::string> files;  // every discovered file of a kind FileKind knows
  // Files read as Dockerfiles whatever their name (named on the command line, or an editor's
  // buffer in Dockerfile mode).
  std::vector<std::string> dockerfiles;
  // Files read as compose files whatever their name (named on the command line and compose by
  // content: project/content_kind.h).
  std::vector<std::string> compose_files;
  bool open_git = true;  // false: no repository is consulted (a text checked on its own)
  // false: no scripts, Makefiles or workflows are searched for the build contexts they state,
  // so only the named files are read (a text checked on its own, where the directory around
  // it is whatever the process runs in).
  bool read_surroundings = true;
  unsigned threads = 1;  // Dockerfiles are parsed on this many threads
  std::map<std::string, std::string> build_contexts;  // Dockerfile → context, relative to `base_dir`
  std::string base_dir;
  // `check --env-file`: what compose would be given with `--env-file`, for the stacks no
  // Makefile call describes (it replaces their `.env`, as it does in compose).
  std::vector<std::string> env_files;
  // `debug compose -f`: non-empty, the one stack is these files in this order (with `env_files`,
  // else the `.env` beside the first), whatever the Makefiles and file names say.
  std::vector<std::string> compose_stack;
  // Set: the process environment, consulted before the env files when compose files are
  // interpolated (compose's precedence). Unset for checks, whose findings must not depend on it.
  envfile::Lookup process_environment;
  // Text to use instead of what is on disk: an editor's unsaved buffers, or what `fix` checks
  // before it writes anything. Keys may be relative or absolute (util::OverlayFilesystem
  // compares them absolute). Such a path counts as existing even when it was never saved.
  std::map<std::string, std::string, std::less<>> overlays;
  // More such texts, shared rather than copied (an editor's open buffers, however many): below
  // `overlays`, which shadow them.
  std::shared_ptr<const util::SharedTexts> shared_overlays;
  ParsedCache* cache = nullptr;  // non-null: Dockerfiles unchanged since its last load are reused
  // Non-null: every file is read through it (util/confinement.h); a reference it refuses is a
  // notice, never read. Null: nothing is refused (tests of a tree built for them).
  std::shared_ptr<const util::Confinement> confinement;
};

// Dockerfiles parsed by earlier loads, for a caller that loads the same project again and
// again (the language server, on every keystroke). A Dockerfile whose overlay text, or whose
// size and modification time on disk, is what it was is taken over instead of read and parsed
// again; parsing is deterministic, so what rules see is the same. Holds the files of the last
// load only. Used by one load at a time.
class ParsedCache {
 public:
  // Takes back the Dockerfiles of a project loaded with this cache, once its check is done.
  void keep(Project&& project);
  std::size_t size() const { return entries_.size(); }
  // For load_project: the Dockerfile at `path` as the last load left it, when its text
  // (`overlay`, or the file on disk when null) is unchanged; nullopt otherwise. Notes the file's
  // stamp for keep().
  std::optional<LoadedDockerfile> take(const std::string& path, const std::string* overlay);

 private:
  struct Stamp {
    long long mtime = -1;  // nanoseconds; -1 for an overlay (its text is compared instead)
    long long size = -1;
  };
  struct Entry {
    Stamp stamp;
    LoadedDockerfile dockerfile;
  };
  std::map<std::string, Entry, std::less<>> entries_;  // by path as given
  std::map<std::string, Stamp, std::less<>> loaded_;   // the stamps of the current load's files
};

// Reads and parses what `input` names, then the Dockerfiles and env files compose files refer
// to, and plans the compose stacks. Files that cannot be read land in `errors`, never throw.
Project load_project(const ProjectInput& input);

}  // namespace plimsoll::project
