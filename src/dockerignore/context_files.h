// Which .dockerignore governs a build, and which files of the context survive it. The walk is
// bounded and reports unreadable directories; it owns nothing beyond its result.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dockerignore/context_tree.h"
#include "dockerignore/matcher.h"

namespace plimsoll::dockerignore {

struct IgnoreFileChoice {
  std::string path;
  bool dockerfile_specific = false;  // `<Dockerfile>.dockerignore` rather than the context's
};

// True when `path` names a readable regular file (symlinks followed, as BuildKit reads it).
using FileExists = std::function<bool(const std::string& path)>;
bool regular_file_exists(const std::string& path);

// BuildKit's rule: `<dockerfile path>.dockerignore` beside the Dockerfile wins over
// `<context>/.dockerignore`; neither existing means nothing is ignored.
std::optional<IgnoreFileChoice> choose_ignore_file(std::string_view context_dir,
                                                   std::string_view dockerfile_path,
                                                   const FileExists& exists = regular_file_exists);

struct WalkOptions {
  std::size_t max_entries = 200000;  // entries listed (files, directories, links) before stopping
};

struct WalkResult {
  std::vector<std::string> files;  // included files and symlinks, slash-separated, in walk order
  std::size_t entries_seen = 0;
  std::size_t directories_skipped = 0;       // excluded subtrees nothing could re-include
  bool truncated = false;                    // stopped at max_entries
  PatternError error = PatternError::kNone;  // BuildKit would fail here; the walk stopped
  std::vector<std::string> unreadable;       // directories that could not be listed
};

// Walks `tree` depth-first in name order and keeps what `matcher` does not exclude.
WalkResult walk_context(const ContextTree& tree, const Matcher& matcher,
                        const WalkOptions& options = {});

}  // namespace plimsoll::dockerignore
