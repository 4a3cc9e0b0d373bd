// Lints one editor buffer with the check pipeline's engines: a Dockerfile through the
// Dockerfile engine, compose, env, ignore files and Makefiles through the project engine over
// the buffer plus its neighbours on disk. Settings come from the nearest `.plimsoll.yaml`.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "config/config.h"
#include "core/finding.h"
#include "core/source_file.h"
#include "rules/settings.h"

namespace plimsoll::lsp {

struct LintResult {
  std::shared_ptr<const core::SourceFile> source;  // the buffer as linted
  std::vector<core::Finding> findings;             // sorted by position, then rule ID
  std::string config_error;  // set when `.plimsoll.yaml` did not load (defaults were used)
  bool linted = false;       // false for files plimsoll has no rules for, or excluded by config
};

// Unsaved text of the other open buffers, by absolute normal path.
using OpenBuffers = std::map<std::string, std::string, std::less<>>;

class Linter {
 public:
  // `path` is absolute; `language_id` is the client's ("dockerfile" lints any name as one).
  LintResult lint(const std::string& path, std::string text, const std::string& language_id,
                  const OpenBuffers& open = {});
  // Forgets loaded configurations, e.g. after a `.plimsoll.yaml` was saved.
  void forget_configs() { configs_.clear(); }

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
  CachedConfig& config_for(const std::string& path);
  std::map<std::string, CachedConfig> configs_;  // by config file path ("" for none)
};

// The files a buffer is linted with: the known kinds beside it and, when it sits in a
// `compose/`, `env/` or `docker/` directory, those of the parent and its sibling directories.
// Returns the project root; `files` gets absolute paths.
std::string project_neighbourhood(const std::string& path, std::vector<std::string>& files);

}  // namespace plimsoll::lsp
