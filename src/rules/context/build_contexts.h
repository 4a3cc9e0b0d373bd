// The builds of a project: each checked Dockerfile with every directory it is stated to be built
// from (compose `build.context`, bake targets, `docker build` calls of Makefiles, scripts and
// workflows, the configured `build-contexts`), else the one assumed (its own directory, or the
// nearest ancestor its COPY sources resolve from), the .dockerignore BuildKit would apply, and
// the context's files, walked once and shared. docs/contexts.md is the policy.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/source_file.h"
#include "dockerignore/ignore_file.h"
#include "dockerignore/matcher.h"
#include "project/project.h"

namespace plimsoll::rules {

class ProjectContext;

struct BuildContext {
  const project::LoadedDockerfile* dockerfile = nullptr;
  std::string dir;  // the context directory, as a usable path
  // False when no build states this context and it was assumed: a finding that depends on it
  // must not promise the build fails when a missing file suggests another context (`doubtful`).
  bool stated = false;
  bool doubtful = false;  // assumed, and something in the project suggests another context
  std::vector<std::string> notes;  // where the context came from, for each finding about it
  std::shared_ptr<const core::SourceFile> ignore_source;  // null: no ignore file applies
  dockerignore::IgnoreFile ignore;
  std::shared_ptr<const dockerignore::Matcher> matcher;   // null without an ignore file

  // `path` relative to the context, slash-separated.
  bool excluded(std::string_view path) const;
  // Every file in the context, and those the ignore file lets through (bounded walks).
  const std::vector<std::string>& all_files() const;
  const std::vector<std::string>& included_files() const;
  bool truncated() const;  // a walk stopped at its bound: absence can no longer be concluded

  struct Walks;  // the lazily walked file lists, shared by copies

 private:
  friend const std::vector<BuildContext>& build_contexts(ProjectContext& ctx);
  std::shared_ptr<Walks> walks_;
};

// Computed on first use and kept for the project's other rules.
const std::vector<BuildContext>& build_contexts(ProjectContext& ctx);

// A COPY/ADD source as a path in the context: `./src/` → `src`, `/app.py` → `app.py`; "" for
// the context root. nullopt for what is not a context path (URLs, variables, git sources).
std::optional<std::string> context_path(std::string_view source);
bool has_glob(std::string_view path);

}  // namespace plimsoll::rules
