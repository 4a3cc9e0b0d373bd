#include "report/range.h"

#include "util/format.h"
#include "util/printable.h"

namespace plimsoll::report {

Range range_of(const core::SourceFile& source, core::Span span) {
  auto begin = source.lines().locate(span.begin);
  auto end = source.lines().locate(span.end);
  return {begin.line, begin.column, end.line, end.column};
}

std::string xml_escape(std::string_view text) {
  // util::printable first: what XML 1.0 cannot carry (most C0 controls, bytes that are not
  // UTF-8, U+FFFE/U+FFFF) becomes a visible escape, so the document stays well-formed.
  std::string shown = util::printable(text, {.keep_tab = true, .keep_newline = true});
  std::string out;
  out.reserve(shown.size());
  for (char c : shown) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\n': out += "&#10;"; break;
      case '\t': out += "&#9;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string stable_hash(std::string_view text) {
  uint64_t hash = 1469598103934665603ull;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return util::format("{:016x}", hash);
}

}  // namespace plimsoll::report
