// Lints one editor buffer through the check session, in the project `plimsoll check` would
// see it in: the repository (or `.plimsoll.yaml`) root around it, its files found as `check`
// finds them, the open buffers in place of their files on disk. So the editor shows exactly
// what `check` shows for the file. Settings come from the nearest `.plimsoll.yaml`.
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "config/config.h"
#include "core/finding.h"
#include "core/source_file.h"
#include "project/project.h"
#include "rules/settings.h"
#include "util/filesystem.h"

namespace plimsoll::lsp {

struct LintResult {
  std::shared_ptr<const core::SourceFile> source;  // the buffer as linted
  std::vector<core::Finding> findings;             // sorted by position, then rule ID
  std::string config_error;  // set when `.plimsoll.yaml` did not load (defaults were used)
  bool linted = false;       // false for files plimsoll has no rules for, or excluded by config
};

// Unsaved text of the open buffers, by absolute normal path (util::absolute_path). Shared with
// every lint, never copied into it: a lint costs nothing per buffer it does not read.
using OpenBuffers = util::SharedTexts;

class Linter {
 public:
  // `path` is absolute; `language_id` is the client's ("dockerfile" lints any name as one).
  LintResult lint(const std::string& path, std::string text, const std::string& language_id,
                  std::shared_ptr<const OpenBuffers> open = nullptr);
  // Forgets loaded configurations, e.g. after a `.plimsoll.yaml` was saved.
  void forget_configs() {
    configs_.clear();
    forget_files();
  }
  // Forgets the files found in projects: a file was opened, saved or created since. (Parsed
  // Dockerfiles are kept: they are reused only while their text or stamp is unchanged.)
  void forget_files() { projects_.clear(); }

 private:
  // What a configuration decides for one file, kept because working it out re-reads the
  // profile: most of a re-lint's time otherwise.
  struct FileSettings {
    bool excluded = false;
    rules::RuleSettings settings;
  };
  struct CachedConfig {
    long long mtime = 0;
    config::Config config;
    std::string error;
    std::map<std::string, FileSettings, std::less<>> files;  // by path
    const FileSettings& file(std::string_view path);
  };
  // The files found under a project root, kept for a moment: finding them walks the tree, and
  // an editor re-lints on every keystroke.
  struct CachedProject {
    std::chrono::steady_clock::time_point found_at;
    std::vector<std::string> dockerfiles;
    std::vector<std::string> project_files;
  };
  CachedConfig& config_for(const std::string& path);
  const CachedProject& project_at(const std::string& root, const config::Config& config);
  std::map<std::string, CachedConfig> configs_;  // by config file path ("" for none)
  std::map<std::string, CachedProject> projects_;  // by root
  // The project's Dockerfiles as the last re-lint parsed them, by root: a re-lint re-parses
  // only what changed, which is mostly the buffer itself.
  std::map<std::string, project::ParsedCache> parsed_;
};

// The project a buffer belongs to: the nearest directory above it that holds `.git` or
// `.plimsoll.yaml`; else its own directory, or the parent when it sits in a `compose/`, `env/`
// or `docker/` directory. `path` is absolute.
std::string project_root_of(const std::string& path);

}  // namespace plimsoll::lsp
