#include "dockerignore/glob_syntax.h"

#include "util/text.h"

namespace plimsoll::dockerignore {
namespace {

// One class bound as filepath.Match's getEsc reads it; false means ErrBadPattern.
bool read_class_char(std::string_view pattern, std::size_t& pos) {
  if (pos >= pattern.size() || pattern[pos] == '-' || pattern[pos] == ']') return false;
  if (pattern[pos] == '\\') {
    ++pos;
    if (pos >= pattern.size()) return false;
  }
  std::size_t length = 1;
  char32_t cp = util::decode_utf8(pattern, pos, length);
  if (cp == 0xFFFD && length == 1) return false;
  pos += length;
  return pos < pattern.size();  // a class must still be closed after this bound
}

bool is_regex_meta(char32_t c) {
  return c == '.' || c == '+' || c == '(' || c == ')' || c == '|' || c == '{' || c == '}' ||
         c == '$';
}

}  // namespace

bool is_bad_glob(std::string_view pattern) {
  // Stars split the pattern into chunks, but every chunk is checked in full, so one pass over
  // the pattern with stars skipped gives the same verdict.
  std::size_t pos = 0;
  while (pos < pattern.size()) {
    char c = pattern[pos];
    if (c == '\\') {
      if (pos + 1 >= pattern.size()) return true;
      pos += 2;
    } else if (c == '[') {
      ++pos;
      if (pos < pattern.size() && pattern[pos] == '^') ++pos;
      for (int ranges = 0;; ++ranges) {
        if (ranges > 0 && pos < pattern.size() && pattern[pos] == ']') {
          ++pos;
          break;
        }
        if (!read_class_char(pattern, pos)) return true;
        if (pattern[pos] == '-') {
          ++pos;
          if (!read_class_char(pattern, pos)) return true;
        }
      }
    } else {
      ++pos;
    }
  }
  return false;
}

MatchPlan plan_pattern(std::string_view pattern, char separator) {
  MatchPlan plan;
  const std::string escaped_sep = separator == '\\' ? "\\\\" : std::string(1, separator);
  std::string& re = plan.regex;
  re.push_back('^');  // push_back, not "=": GCC 12 -Wrestrict misfires on the assignment

  // Go reads the pattern rune by rune (text/scanner): invalid bytes become U+FFFD and one
  // leading byte-order mark is skipped.
  std::size_t pos = 0;
  auto peek = [&](std::size_t& length) -> char32_t {
    if (pos >= pattern.size()) return U'\0';
    return util::decode_utf8(pattern, pos, length);
  };
  auto at_end = [&] { return pos >= pattern.size(); };
  auto next = [&]() -> char32_t {
    std::size_t length = 1;
    char32_t cp = peek(length);
    pos += length;
    return cp;
  };
  if (!at_end()) {
    std::size_t length = 1;
    if (peek(length) == 0xFEFF) pos += length;
  }
  auto peek_is = [&](char32_t want) {
    std::size_t length = 1;
    return !at_end() && peek(length) == want;
  };

  for (int i = 0; !at_end(); ++i) {
    char32_t ch = next();
    if (ch == '*') {
      if (peek_is('*')) {
        next();
        if (peek_is(static_cast<unsigned char>(separator))) next();
        if (at_end()) {
          if (plan.kind == MatchKind::kExact) {
            plan.kind = MatchKind::kPrefix;
          } else {
            re += ".*";
            plan.kind = MatchKind::kRegexp;
          }
        } else {
          re += "(.*" + escaped_sep + ")?";
          plan.kind = MatchKind::kRegexp;
        }
        if (i == 0) plan.kind = MatchKind::kSuffix;
      } else {
        re += "[^" + escaped_sep + "]*";
        plan.kind = MatchKind::kRegexp;
      }
    } else if (ch == '?') {
      re += "[^" + escaped_sep + "]";
      plan.kind = MatchKind::kRegexp;
    } else if (is_regex_meta(ch)) {
      re += '\\';
      util::append_utf8(re, ch);
    } else if (ch == '\\') {
      if (separator == '\\') {
        re += escaped_sep;  // Windows: a backslash is a separator, never an escape
      } else if (!at_end()) {
        re += '\\';
        util::append_utf8(re, next());
        plan.kind = MatchKind::kRegexp;
      } else {
        re += '\\';
      }
    } else if (ch == '[' || ch == ']') {
      util::append_utf8(re, ch);
      plan.kind = MatchKind::kRegexp;
    } else {
      util::append_utf8(re, ch);
    }
  }
  if (plan.kind == MatchKind::kRegexp) {
    re += '$';
  } else {
    re.clear();
  }
  return plan;
}

}  // namespace plimsoll::dockerignore
