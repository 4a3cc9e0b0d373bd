// Small text helpers shared by every parser: ASCII classification, trimming, UTF-8 decoding.
// All functions work on views and never allocate unless they return std::string.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace plimsoll::util {

inline bool is_ascii_blank(char c) { return c == ' ' || c == '\t'; }
inline bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}
inline bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_alnum(char c) { return is_ascii_alpha(c) || is_ascii_digit(c); }
inline char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
inline char ascii_upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c; }
// The value of a hexadecimal digit (either case), or -1 (percent-decoding in URIs and pointers).
inline int hex_digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string_view trim_ascii_space(std::string_view s);
std::string_view trim_left_ascii_space(std::string_view s);
std::string_view trim_right_ascii_space(std::string_view s);
std::string to_lower_ascii(std::string_view s);
std::string to_upper_ascii(std::string_view s);
bool iequals_ascii(std::string_view a, std::string_view b);
bool starts_with_icase(std::string_view s, std::string_view prefix);
// Lines without their `\n` (a final line without one is kept; a trailing `\n` adds none).
std::vector<std::string_view> split_lines(std::string_view s);

// Decodes one UTF-8 sequence at s[pos]. Returns the code point and sets `length` to the bytes
// consumed; an invalid or truncated sequence yields U+FFFD with length 1 (as Go does).
char32_t decode_utf8(std::string_view s, std::size_t pos, std::size_t& length);
void append_utf8(std::string& out, char32_t cp);
bool is_valid_utf8(std::string_view s);

// Approximations of Go's unicode.IsLetter / IsDigit: exact for ASCII and Latin-1; above that,
// letters are everything outside the common punctuation, symbol, space and private blocks.
bool is_unicode_letter(char32_t cp);
bool is_unicode_digit(char32_t cp);

// Go's unicode.IsSpace: ASCII space plus U+0085, U+00A0 and the Unicode Zs/line separators.
bool is_unicode_space(char32_t cp);

}  // namespace plimsoll::util
