// .dockerignore patterns compiled and matched as BuildKit does (moby/patternmatcher): a path is
// excluded when the last pattern hitting it or an ancestor is not a `!` pattern. Owns its patterns.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dockerignore/glob_syntax.h"
#include "dockerignore/tiny_regex.h"

namespace plimsoll::dockerignore {

enum class PatternError {
  kNone,
  kBadPattern,        // Go's filepath.ErrBadPattern ("syntax error in pattern")
  kIllegalExclusion,  // a lone `!`
  kUnsupported,       // valid for BuildKit, but uses a regexp escape plimsoll does not model
};

struct PatternProblem {
  std::size_t index = 0;  // into the pattern list given to the Matcher
  PatternError error = PatternError::kNone;
  bool at_construction = false;  // New() fails; otherwise every evaluation of it fails
  std::string message;
};

class Pattern {
 public:
  Pattern(std::string cleaned, bool exclusion, std::size_t source_index);

  const std::string& text() const { return text_; }  // cleaned, without the `!`
  bool exclusion() const { return exclusion_; }
  std::size_t source_index() const { return source_index_; }
  MatchKind kind() const { return plan_.kind; }
  const std::string& regex_source() const { return plan_.regex; }
  PatternError error() const { return error_; }
  std::size_t depth() const { return depth_; }  // path components, for the legacy helper

  // Whether this pattern alone matches `path` (no ancestor logic); false when in error.
  bool matches(std::string_view path) const;
  // Could it match some path strictly below `dir`? Conservative: never false when it could.
  bool may_match_below(std::string_view dir) const;
  // Leading whole directories every path it matches starts with ("src/app/" for
  // `src/app/*.py`, "" for `**/x`): the walk asks only the patterns a path's directories name.
  const std::string& directory_prefix() const { return directory_prefix_; }

 private:
  friend class Matcher;
  std::string text_;
  bool exclusion_ = false;
  std::size_t source_index_ = 0;
  std::size_t depth_ = 1;
  std::string directory_prefix_;
  std::string required_;  // a literal run every path it matches contains: tried before the regex
  MatchPlan plan_;
  TinyRegex regex_;
  PatternError error_ = PatternError::kNone;
};

struct MatchResult {
  bool excluded = false;
  PatternError error = PatternError::kNone;  // BuildKit would fail instead of answering
  friend bool operator==(const MatchResult&, const MatchResult&) = default;
};

// Per-directory memory for walks: which patterns hit the directory or one of its ancestors.
struct MatchInfo {
  std::vector<bool> hits;  // empty = the context root (nothing above)
  std::ptrdiff_t last_hit = -1;  // the highest index set in hits
};

class Matcher {
 public:
  // As patternmatcher.New: trims and cleans each pattern, drops empty ones, splits off `!`.
  // Never throws. With `drop_invalid`, patterns in error are left out (after being reported)
  // so the rest can still be used, which BuildKit itself would refuse to do.
  explicit Matcher(const std::vector<std::string>& patterns, bool drop_invalid = false);

  bool ok() const { return construction_error_ == PatternError::kNone; }  // New would succeed
  const std::vector<PatternProblem>& problems() const { return problems_; }
  const std::vector<Pattern>& patterns() const { return patterns_; }
  bool has_exclusions() const { return has_exclusions_; }

  // MatchesOrParentMatches: `path` relative, slash-separated, used as given (not cleaned).
  MatchResult matches_or_parent_matches(std::string_view path) const;
  // The deprecated top-level Matches helper: cleans `path`, never matches ".", and tries only
  // the ancestor as deep as the pattern.
  MatchResult matches_legacy(std::string_view path) const;

  // Incremental walk (MatchesUsingParentResults, but always agreeing with
  // matches_or_parent_matches): `path` is `parent`'s path plus one component. `info`, when
  // given, receives what `path`'s own children need.
  // Only the patterns whose directory_prefix() `path` starts with are evaluated; `evaluated`,
  // when given, is increased by the work done (patterns evaluated or decided over).
  MatchResult match_child(std::string_view path, const MatchInfo& parent,
                          MatchInfo* info = nullptr, std::size_t* evaluated = nullptr) const;

  // For an excluded directory with its MatchInfo: could some path below it be re-included by a
  // later `!` pattern? False means the walker may skip the whole subtree.
  bool may_reinclude_below(std::string_view dir, const MatchInfo& dir_info) const;

 private:
  MatchResult decide(const std::vector<bool>& hits) const;
  bool refused() const;  // New failed and invalid patterns were not dropped

  bool drop_invalid_ = false;
  // Pattern indexes by directory_prefix(), each list ascending.
  std::unordered_map<std::string, std::vector<std::size_t>> by_prefix_;

  std::vector<Pattern> patterns_;
  std::vector<PatternProblem> problems_;
  PatternError construction_error_ = PatternError::kNone;
  bool has_exclusions_ = false;
  bool has_match_errors_ = false;
};

}  // namespace plimsoll::dockerignore
