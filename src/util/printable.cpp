#include "util/printable.h"

#include <cstdio>

#include "util/text.h"

namespace plimsoll::util {
namespace {

// Bidirectional formatting characters (embeddings, overrides, isolates, marks that reorder).
bool is_bidi_control(char32_t cp) {
  return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F ||
         cp == 0x061C;
}

// The escape for the character at text[pos], or "" when it is kept as is.
std::string escape_at(std::string_view text, std::size_t pos, std::size_t& length, PrintableOptions options) {
  auto c = static_cast<unsigned char>(text[pos]);
  char buffer[16];
  if (c < 0x80) {
    length = 1;
    if (c >= 0x20 && c != 0x7F) return {};
    if (c == '\t') return options.keep_tab ? std::string() : "\\t";
    if (c == '\n') return options.keep_newline ? std::string() : "\\n";
    if (c == '\r') return "\\r";
    std::snprintf(buffer, sizeof buffer, "\\x%02x", c);
    return buffer;
  }
  char32_t cp = decode_utf8(text, pos, length);
  if (cp == 0xFFFD && length == 1) {  // not UTF-8: the byte itself, visibly
    std::snprintf(buffer, sizeof buffer, "\\x%02x", c);
    return buffer;
  }
  // U+FFFE and U+FFFF: not characters, and XML 1.0 forbids them.
  if ((cp >= 0x80 && cp <= 0x9F) || is_bidi_control(cp) || cp == 0xFFFE || cp == 0xFFFF) {
    std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(cp));
    return buffer;
  }
  return {};
}

}  // namespace

std::string printable(std::string_view text, PrintableOptions options) {
  std::size_t i = 0;
  // Most text needs nothing: find the first character that does before copying anything.
  std::size_t length = 1;
  while (i < text.size() && escape_at(text, i, length, options).empty()) i += length;
  if (i == text.size()) return std::string(text);
  std::string out(text.substr(0, i));
  out.reserve(text.size() + 8);
  while (i < text.size()) {
    std::string escaped = escape_at(text, i, length, options);
    if (escaped.empty()) {
      out.append(text.substr(i, length));
    } else {
      out += escaped;
    }
    i += length;
  }
  return out;
}

std::size_t printable_width(std::string_view text, std::size_t pos, std::size_t& length, PrintableOptions options) {
  std::string escaped = escape_at(text, pos, length, options);
  return escaped.empty() ? 1 : escaped.size();
}

}  // namespace plimsoll::util
