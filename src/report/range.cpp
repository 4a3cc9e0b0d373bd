#include "report/range.h"

#include "util/format.h"

namespace plimsoll::report {

Range range_of(const core::SourceFile& source, core::Span span) {
  auto begin = source.lines().locate(span.begin);
  auto end = source.lines().locate(span.end);
  return {begin.line, begin.column, end.line, end.column};
}

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (unsigned char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\n': out += "&#10;"; break;
      case '\t': out += "&#9;"; break;
      case '\r': out += "&#13;"; break;
      default:
        // XML 1.0 cannot carry other control characters at all, even as references.
        if (c < 0x20) {
          out += ' ';
        } else {
          out += static_cast<char>(c);
        }
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
