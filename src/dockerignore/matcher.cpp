#include "dockerignore/matcher.h"

#include <algorithm>

#include "dockerignore/go_path.h"

namespace plimsoll::dockerignore {
namespace {

std::size_t count_slashes(std::string_view s) {
  return static_cast<std::size_t>(std::count(s.begin(), s.end(), '/'));
}

// The first `components` slash-separated pieces of `path` (strings.Join(parts[:n], "/")).
std::string_view leading_components(std::string_view path, std::size_t components) {
  std::size_t pos = 0;
  for (std::size_t i = 0; i < components; ++i) {
    pos = path.find('/', pos);
    if (pos == std::string_view::npos) return path;
    if (i + 1 == components) return path.substr(0, pos);
    ++pos;
  }
  return path;
}

// The text before the first byte a glob could treat specially (`*?[]\\`, or any non-ASCII
// byte, which Go may read as U+FFFD or a byte-order mark), cut back to its last `/`.
std::string literal_directories(std::string_view text) {
  std::size_t end = 0;
  while (end < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[end]);
    if (c >= 0x80 || c == '*' || c == '?' || c == '[' || c == ']' || c == '\\') break;
    ++end;
  }
  std::size_t slash = text.substr(0, end).rfind('/');
  return slash == std::string_view::npos ? std::string() : std::string(text.substr(0, slash + 1));
}

// The longest run of plain ASCII characters within one path component: the regex matches each
// of them as itself, so a path without it cannot match (and finding it is much cheaper).
std::string longest_literal(std::string_view text) {
  std::string_view best;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : '/';
    if (c >= 0x80 || c == '*' || c == '?' || c == '[' || c == ']' || c == '\\' || c == '/') {
      if (i - start > best.size()) best = text.substr(start, i - start);
      start = i + 1;
    }
  }
  return std::string(best);
}

}  // namespace

Pattern::Pattern(std::string cleaned, bool exclusion, std::size_t source_index)
    : text_(std::move(cleaned)),
      exclusion_(exclusion),
      source_index_(source_index),
      depth_(count_slashes(text_) + 1),
      directory_prefix_(literal_directories(text_)),
      plan_(plan_pattern(text_)) {
  if (plan_.kind != MatchKind::kRegexp) return;
  // An escape (`\\n`) or a class (`[b-d]`) holds characters that are not themselves literal in
  // the regex; this scan does not follow either, so such patterns go straight to the regex.
  if (text_.find_first_of("\\[") == std::string::npos) required_ = longest_literal(text_);
  regex_ = TinyRegex::compile(plan_.regex);
  if (regex_.status() == TinyRegex::Status::kInvalid) error_ = PatternError::kBadPattern;
  if (regex_.status() == TinyRegex::Status::kUnsupported) error_ = PatternError::kUnsupported;
}

bool Pattern::matches(std::string_view path) const {
  if (error_ != PatternError::kNone) return false;
  switch (plan_.kind) {
    case MatchKind::kExact:
      return path == text_;
    case MatchKind::kPrefix:
      return path.starts_with(std::string_view(text_).substr(0, text_.size() - 2));
    case MatchKind::kSuffix: {
      std::string_view suffix = std::string_view(text_).substr(2);
      if (path.ends_with(suffix)) return true;
      return suffix[0] == '/' && path == suffix.substr(1);  // `**/foo` also matches `foo`
    }
    case MatchKind::kRegexp:
      if (!required_.empty() && path.find(required_) == std::string_view::npos) return false;
      return regex_.matches(path);
  }
  return false;
}

bool Pattern::may_match_below(std::string_view dir) const {
  if (error_ != PatternError::kNone) return false;
  std::string base = std::string(dir) + "/";
  std::string_view t = text_;
  switch (plan_.kind) {
    case MatchKind::kExact:
      return t.size() > base.size() && t.starts_with(base);
    case MatchKind::kPrefix: {
      std::string_view prefix = t.substr(0, t.size() - 2);
      return std::string_view(base).starts_with(prefix) || prefix.starts_with(base);
    }
    case MatchKind::kSuffix:
      return true;  // `base` + the suffix always ends with it
    case MatchKind::kRegexp:
      return regex_.may_match_longer(base);
  }
  return true;
}

Matcher::Matcher(const std::vector<std::string>& patterns, bool drop_invalid)
    : drop_invalid_(drop_invalid) {
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    std::string_view trimmed = trim_go_space(patterns[i]);
    if (trimmed.empty()) continue;
    std::string cleaned = clean_path(trimmed);
    bool exclusion = cleaned[0] == '!';
    auto report = [&](PatternError error, bool at_construction, std::string message) {
      problems_.push_back({i, error, at_construction, std::move(message)});
      if (at_construction && construction_error_ == PatternError::kNone)
        construction_error_ = error;
    };
    if (exclusion) {
      if (cleaned.size() == 1) {
        report(PatternError::kIllegalExclusion, true, "illegal exclusion pattern: \"!\"");
        continue;
      }
      cleaned.erase(0, 1);
      has_exclusions_ = true;
    }
    if (is_bad_glob(cleaned)) {
      report(PatternError::kBadPattern, true, "syntax error in pattern: " + cleaned);
      continue;
    }
    Pattern pattern(std::move(cleaned), exclusion, i);
    if (pattern.error() == PatternError::kBadPattern) {
      report(PatternError::kBadPattern, false,
             "syntax error in pattern (every match fails): " + pattern.text() + ": " +
                 pattern.regex_.error());
    } else if (pattern.error() == PatternError::kUnsupported) {
      report(PatternError::kUnsupported, false,
             "pattern uses a regular-expression escape that is not modelled: " + pattern.text());
    }
    if (pattern.error() != PatternError::kNone) {
      if (drop_invalid_) continue;
      has_match_errors_ = true;
    }
    patterns_.push_back(std::move(pattern));
  }
  for (std::size_t i = 0; i < patterns_.size(); ++i) by_prefix_[patterns_[i].directory_prefix()].push_back(i);
}

bool Matcher::refused() const {
  return !ok() && !drop_invalid_;
}

MatchResult Matcher::matches_or_parent_matches(std::string_view path) const {
  if (refused()) return {false, construction_error_};
  const std::string parent = dir_path(path);
  bool matched = false;
  for (const Pattern& p : patterns_) {
    if (p.exclusion() != matched) continue;
    if (p.error() != PatternError::kNone) return {false, p.error()};
    bool hit = p.matches(path);
    if (!hit && parent != ".") {
      for (std::size_t slash = parent.find('/'); !hit; slash = parent.find('/', slash + 1)) {
        hit = p.matches(std::string_view(parent).substr(0, slash));
        if (slash == std::string::npos) break;
      }
    }
    if (hit) matched = !p.exclusion();
  }
  return {matched, PatternError::kNone};
}

MatchResult Matcher::matches_legacy(std::string_view path) const {
  if (refused()) return {false, construction_error_};
  const std::string file = clean_path(path);
  if (file == ".") return {};
  const std::string parent = dir_path(file);
  const std::size_t parent_depth = count_slashes(parent) + 1;
  bool matched = false;
  for (const Pattern& p : patterns_) {
    if (p.exclusion() != matched) continue;
    if (p.error() != PatternError::kNone) return {false, p.error()};
    bool hit = p.matches(file);
    if (!hit && parent != "." && p.depth() <= parent_depth) {
      hit = p.matches(leading_components(parent, p.depth()));
    }
    if (hit) matched = !p.exclusion();
  }
  return {matched, PatternError::kNone};
}

MatchResult Matcher::decide(const std::vector<bool>& hits) const {
  bool matched = false;
  for (std::size_t i = 0; i < patterns_.size(); ++i) {
    const Pattern& p = patterns_[i];
    if (p.exclusion() != matched) continue;
    if (p.error() != PatternError::kNone) return {false, p.error()};
    if (hits[i]) matched = !p.exclusion();
  }
  return {matched, PatternError::kNone};
}

MatchResult Matcher::match_child(std::string_view path, const MatchInfo& parent, MatchInfo* info,
                                 std::size_t* evaluated) const {
  if (refused()) return {false, construction_error_};
  const std::size_t n = patterns_.size();
  std::size_t work = 0;
  // Only patterns filed under "" or under one of `path`'s own leading directories can match it.
  auto visit_bucket = [&](std::string_view prefix, auto& visit) {
    auto it = by_prefix_.find(std::string(prefix));
    if (it == by_prefix_.end()) return;
    for (std::size_t i : it->second) visit(i);
  };
  auto for_each_candidate = [&](auto&& visit) {
    visit_bucket("", visit);
    for (std::size_t slash = path.find('/'); slash != std::string_view::npos; slash = path.find('/', slash + 1)) {
      visit_bucket(path.substr(0, slash + 1), visit);
    }
  };
  if (info == nullptr && !has_match_errors_) {
    // Without errors the answer is simply the kind of the last pattern that hits.
    std::ptrdiff_t best = parent.hits.empty() ? -1 : parent.last_hit;
    for_each_candidate([&](std::size_t i) {
      if (static_cast<std::ptrdiff_t>(i) <= best) return;
      ++work;
      if (patterns_[i].matches(path)) best = static_cast<std::ptrdiff_t>(i);
    });
    if (evaluated != nullptr) *evaluated += work + 1;
    if (best < 0) return {};
    return {!patterns_[static_cast<std::size_t>(best)].exclusion(), PatternError::kNone};
  }
  std::vector<bool> hits = parent.hits.empty() ? std::vector<bool>(n) : parent.hits;
  std::ptrdiff_t last = parent.hits.empty() ? -1 : parent.last_hit;
  for_each_candidate([&](std::size_t i) {
    if (hits[i]) return;
    ++work;
    if (patterns_[i].matches(path)) {
      hits[i] = true;
      last = std::max(last, static_cast<std::ptrdiff_t>(i));
    }
  });
  // Without errors the last pattern that hits decides, as above; decide() reads every pattern,
  // which for every directory of a context with thousands of patterns would be quadratic.
  MatchResult result = has_match_errors_ ? decide(hits)
                       : last < 0        ? MatchResult{}
                                         : MatchResult{!patterns_[static_cast<std::size_t>(last)].exclusion(), PatternError::kNone};
  if (evaluated != nullptr) *evaluated += work + (has_match_errors_ ? n : n / 64) + 1;  // hits are copied a word at a time
  if (info != nullptr) {
    info->hits = std::move(hits);
    info->last_hit = last;
  }
  return result;
}

bool Matcher::may_reinclude_below(std::string_view dir, const MatchInfo& dir_info) const {
  if (refused() || has_match_errors_) return true;  // no safe shortcut; let the walk decide
  std::size_t last = patterns_.size();
  for (std::size_t i = dir_info.hits.size(); i-- > 0;) {
    if (dir_info.hits[i]) {
      last = i;
      break;
    }
  }
  if (last == patterns_.size() || patterns_[last].exclusion()) return true;  // not excluded
  for (std::size_t j = last + 1; j < patterns_.size(); ++j) {
    if (patterns_[j].exclusion() && patterns_[j].may_match_below(dir)) return true;
  }
  return false;
}

}  // namespace plimsoll::dockerignore
