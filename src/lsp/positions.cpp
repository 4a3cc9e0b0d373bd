#include "lsp/positions.h"

#include "util/text.h"

namespace plimsoll::lsp {

Position position_of(const util::LineIndex& lines, std::size_t offset) {
  util::LineColumn at = lines.locate(offset);
  return {at.line - 1, lines.utf16_column(offset)};
}

Range range_of(const util::LineIndex& lines, core::Span span) {
  return {position_of(lines, span.begin), position_of(lines, span.end)};
}

std::size_t offset_of(const util::LineIndex& lines, std::string_view text, Position position) {
  if (position.line >= lines.line_count()) return text.size();
  std::size_t begin = lines.line_start(position.line + 1);
  std::string_view line = lines.line_text(position.line + 1);
  std::size_t i = 0;
  uint32_t units = 0;
  while (i < line.size() && units < position.character) {
    std::size_t len = 1;
    char32_t cp = util::decode_utf8(line, i, len);
    units += cp >= 0x10000 ? 2 : 1;
    i += len;
  }
  return begin + i;
}

}  // namespace plimsoll::lsp
