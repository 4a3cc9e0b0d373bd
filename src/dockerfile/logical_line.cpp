#include "dockerfile/logical_line.h"

#include <algorithm>

namespace plimsoll::dockerfile {

void LogicalLine::append(std::string_view part, uint32_t file_offset) {
  if (part.empty()) return;
  pieces_.push_back({text_.size(), file_offset});
  text_.append(part);
}

uint32_t LogicalLine::file_offset(std::size_t text_offset) const {
  if (pieces_.empty()) return 0;
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), text_offset,
                             [](std::size_t off, const Piece& p) { return off < p.text_offset; });
  const Piece& piece = it == pieces_.begin() ? pieces_.front() : *(it - 1);
  return piece.file_offset + static_cast<uint32_t>(text_offset - piece.text_offset);
}

core::Span LogicalLine::span(std::size_t begin, std::size_t end) const {
  uint32_t file_begin = file_offset(begin);
  if (end <= begin) return {file_begin, file_begin};
  // Map the last byte, not the end, so a span never runs into the next physical line.
  return {file_begin, file_offset(end - 1) + 1};
}

}  // namespace plimsoll::dockerfile
