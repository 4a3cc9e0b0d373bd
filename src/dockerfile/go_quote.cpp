#include "dockerfile/go_quote.h"

#include "util/format.h"
#include "util/text.h"

namespace plimsoll::dockerfile {
namespace {

// Approximates Go's unicode.IsPrint for non-ASCII code points: everything except separators,
// C1 controls, format characters, surrogates, private use and noncharacters.
bool is_printable(char32_t cp) {
  if (cp < 0x20 || cp == 0x7F) return false;
  if (cp < 0x7F) return true;
  if (cp <= 0xA0) return false;  // C1 controls and NO-BREAK SPACE
  if (cp == 0xAD) return false;  // soft hyphen (format)
  if (util::is_unicode_space(cp)) return false;
  if ((cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x206F)) return false;
  if (cp >= 0xD800 && cp <= 0xF8FF) return false;
  if (cp == 0xFEFF || (cp >= 0xFFF9 && cp <= 0xFFFB) || cp == 0xFFFE || cp == 0xFFFF) return false;
  if (cp >= 0xE0000) return false;
  return true;
}

}  // namespace

std::string go_quote(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out.push_back('"');
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 1;
    char32_t cp = util::decode_utf8(s, i, len);
    if (cp == 0xFFFD && len == 1 && static_cast<unsigned char>(s[i]) >= 0x80) {
      out += util::format("\\x{:02x}", static_cast<unsigned char>(s[i]));
      i += 1;
      continue;
    }
    i += len;
    switch (cp) {
      case '"': out += "\\\""; continue;
      case '\\': out += "\\\\"; continue;
      case '\a': out += "\\a"; continue;
      case '\b': out += "\\b"; continue;
      case '\f': out += "\\f"; continue;
      case '\n': out += "\\n"; continue;
      case '\r': out += "\\r"; continue;
      case '\t': out += "\\t"; continue;
      case '\v': out += "\\v"; continue;
      default: break;
    }
    if (is_printable(cp)) {
      util::append_utf8(out, cp);
    } else if (cp < 0x20 || cp == 0x7F) {
      out += util::format("\\x{:02x}", static_cast<unsigned>(cp));
    } else if (cp < 0x10000) {
      out += util::format("\\u{:04x}", static_cast<unsigned>(cp));
    } else {
      out += util::format("\\U{:08x}", static_cast<unsigned>(cp));
    }
  }
  out.push_back('"');
  return out;
}

}  // namespace plimsoll::dockerfile
