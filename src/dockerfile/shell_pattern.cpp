#include "dockerfile/shell_pattern.h"

#include <re2/re2.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "util/text.h"

namespace plimsoll::dockerfile::shell_pattern {
namespace {

std::u32string decode(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 1;
    out.push_back(util::decode_utf8(s, i, len));
    i += len;
  }
  return out;
}

std::string encode(const std::u32string& s) {
  std::string out;
  for (char32_t cp : s) util::append_utf8(out, cp);
  return out;
}

std::unique_ptr<RE2> compile(std::string_view pattern, bool greedy, bool anchored, std::string& error) {
  std::u32string p = decode(pattern);
  std::string out = anchored ? "^" : "";
  const char* star = greedy ? "(?s:.*)" : "(?s:.*?)";
  for (std::size_t i = 0; i < p.size(); ++i) {
    char32_t tok = p[i];
    switch (tok) {
      case '*':
        out += star;
        continue;
      case '?':
        out += "(?s:.)";
        continue;
      case '\\': {
        // `}` and `/` are escaped only to get past the ${} scanner; the escape is not pattern.
        if (i + 1 < p.size() && (p[i + 1] == '}' || p[i + 1] == '/')) continue;
        out += '\\';
        if (i + 1 >= p.size()) {
          error = "invalid escape at end of pattern";
          return nullptr;
        }
        tok = p[++i];
        if (tok != '*' && tok != '?' && tok != '\\') {
          error = "invalid escape '\\";
          util::append_utf8(error, tok);
          error += "'";
          return nullptr;
        }
        break;
      }
      case '[': case ']': case '{': case '}': case '.': case '+': case '(': case ')': case '|':
      case '^': case '$':
        out += '\\';
        break;
      default:
        break;
    }
    util::append_utf8(out, tok);
  }
  RE2::Options options;
  options.set_log_errors(false);
  auto re = std::make_unique<RE2>(out, options);
  if (!re->ok()) {
    error = re->error();
    return nullptr;
  }
  return re;
}

// Reverses a pattern but keeps each escape in front of the character it escapes.
std::u32string reverse_pattern(const std::u32string& p) {
  std::u32string out(p.size(), U'\0');
  std::size_t last = p.empty() ? 0 : p.size() - 1;
  for (std::size_t i = 0; i < p.size();) {
    std::size_t out_index = last - i;
    if (p[i] == '\\' && i != last) {
      out[out_index - 1] = p[i];
      out[out_index] = p[i + 1];
      i += 2;
    } else {
      out[out_index] = p[i];
      ++i;
    }
  }
  return out;
}

}  // namespace

bool trim_prefix(std::string_view pattern, std::string& value, bool greedy, std::string& error) {
  auto re = compile(pattern, greedy, true, error);
  if (!re) return false;
  re2::StringPiece match;
  if (re->Match(value, 0, value.size(), RE2::UNANCHORED, &match, 1)) {
    std::size_t end = static_cast<std::size_t>(match.data() - value.data()) + match.size();
    value.erase(0, end);
  }
  return true;
}

bool trim_suffix(std::string_view pattern, std::string& value, bool greedy, std::string& error) {
  // Regular expressions cannot find the shortest rightmost match, so reverse both sides and
  // look for a leftmost one.
  std::string reversed_pattern = encode(reverse_pattern(decode(pattern)));
  std::u32string v = decode(value);
  std::reverse(v.begin(), v.end());
  std::string reversed_value = encode(v);
  if (!trim_prefix(reversed_pattern, reversed_value, greedy, error)) return false;
  std::u32string back = decode(reversed_value);
  std::reverse(back.begin(), back.end());
  value = encode(back);
  return true;
}

bool replace(std::string_view pattern, std::string_view replacement, bool all, std::string& value,
             std::string& error, std::size_t limit) {
  auto re = compile(pattern, true, false, error);
  if (!re) return false;
  std::string out;
  std::size_t pos = 0;
  std::size_t last_match_end = std::string::npos;
  bool replaced = false;
  while (pos <= value.size()) {
    re2::StringPiece match;
    if (!re->Match(value, pos, value.size(), RE2::UNANCHORED, &match, 1)) break;
    std::size_t begin = static_cast<std::size_t>(match.data() - value.data());
    std::size_t end = begin + match.size();
    if (match.empty() && begin == last_match_end) {
      // An empty match right after the previous match does not count (as in Go).
      if (begin >= value.size()) break;
      std::size_t len = 1;
      util::decode_utf8(value, begin, len);
      out.append(value, pos, begin + len - pos);
      pos = begin + len;
      continue;
    }
    out.append(value, pos, begin - pos);
    out.append(replacement);
    if (out.size() > limit) return false;  // ${V//x/long} over a long V: stop before it balloons
    replaced = true;
    last_match_end = end;
    if (!all) {
      pos = end;
      break;
    }
    if (match.empty()) {
      if (begin >= value.size()) {
        pos = value.size() + 1;
        break;
      }
      std::size_t len = 1;
      util::decode_utf8(value, begin, len);
      out.append(value, begin, len);
      pos = begin + len;
    } else {
      pos = end;
    }
  }
  if (!replaced) return true;
  if (pos < value.size()) out.append(value, pos, std::string::npos);
  value = std::move(out);
  return true;
}

}  // namespace plimsoll::dockerfile::shell_pattern
