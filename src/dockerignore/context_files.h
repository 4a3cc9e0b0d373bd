// Which .dockerignore governs a build, and which files of the context survive it, asked of a
// util::Filesystem. The walk is bounded and reports unreadable directories; it owns nothing
// beyond its result.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dockerignore/matcher.h"
#include "util/filesystem.h"

namespace plimsoll::dockerignore {

struct IgnoreFileChoice {
  std::string path;
  bool dockerfile_specific = false;  // `<Dockerfile>.dockerignore` rather than the context's
};

// BuildKit's rule: `<dockerfile path>.dockerignore` beside the Dockerfile wins over
// `<context>/.dockerignore`; neither existing means nothing is ignored.
// Existing means a regular file, symlinks followed, as BuildKit reads it.
std::optional<IgnoreFileChoice> choose_ignore_file(std::string_view context_dir,
                                                   std::string_view dockerfile_path,
                                                   const util::Filesystem& files = util::disk());

struct WalkOptions {
  std::size_t max_entries = 200000;  // entries listed (files, directories, links) before stopping
  // Pattern evaluations (Matcher::match_child's `evaluated`) before stopping: thousands of
  // patterns over a large context would otherwise cost patterns × entries.
  std::size_t max_pattern_work = 4'000'000;
};

struct WalkResult {
  std::vector<std::string> files;  // included files and symlinks, slash-separated, in walk order
  std::size_t entries_seen = 0;
  std::size_t directories_skipped = 0;       // excluded subtrees nothing could re-include
  std::size_t pattern_work = 0;              // what the matcher evaluated
  bool truncated = false;                    // stopped at max_entries or max_pattern_work
  PatternError error = PatternError::kNone;  // BuildKit would fail here; the walk stopped
  std::vector<std::string> unreadable;       // directories that could not be listed
};

// Walks the directory `root` of `files` depth-first in name order (symlinks are listed, never
// followed) and keeps what `matcher` does not exclude. Paths in the result are relative to
// `root`; so are those in `unreadable` ("" for the root itself).
WalkResult walk_context(const util::Filesystem& files, std::string_view root, const Matcher& matcher,
                        const WalkOptions& options = {});

}  // namespace plimsoll::dockerignore
