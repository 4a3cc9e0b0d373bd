// What patternmatcher does with one cleaned pattern before any path is seen: the syntax check
// (Go's filepath.Match error rules) and the choice of match strategy with its regular expression.
#pragma once

#include <string>
#include <string_view>

namespace plimsoll::dockerignore {

enum class MatchKind { kExact, kPrefix, kSuffix, kRegexp };

// True when Go's filepath.Match would report ErrBadPattern for `pattern` (Unix rules: `\`
// escapes; classes must be closed, non-empty, with complete ranges and valid UTF-8).
bool is_bad_glob(std::string_view pattern);

struct MatchPlan {
  MatchKind kind = MatchKind::kExact;
  std::string regex;  // anchored source, only for kRegexp
};

// Translates a pattern the way patternmatcher compiles it. `separator` is '/' (Unix); '\\'
// models the Windows build, where backslash is the separator and escapes are disabled.
MatchPlan plan_pattern(std::string_view pattern, char separator = '/');

}  // namespace plimsoll::dockerignore
