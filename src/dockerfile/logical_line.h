// A logical line: physical lines joined by the escape character, with a map from offsets in
// the joined text back to byte offsets in the file, so every piece keeps an exact span.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/location.h"

namespace plimsoll::dockerfile {

class LogicalLine {
 public:
  // Appends `part`, which starts at `file_offset` in the file.
  void append(std::string_view part, uint32_t file_offset);
  const std::string& text() const { return text_; }
  void clear() {
    text_.clear();
    pieces_.clear();
  }

  // File offset of a text offset; offsets at the very end map past the last byte.
  uint32_t file_offset(std::size_t text_offset) const;
  // File span of [begin, end) in text; an empty range maps to an empty span.
  core::Span span(std::size_t begin, std::size_t end) const;
  // Span of a view that points into text().
  core::Span span_of(std::string_view view) const {
    std::size_t begin = static_cast<std::size_t>(view.data() - text_.data());
    return span(begin, begin + view.size());
  }
  std::size_t offset_of(std::string_view view) const {
    return static_cast<std::size_t>(view.data() - text_.data());
  }

 private:
  struct Piece {
    std::size_t text_offset;
    uint32_t file_offset;
  };
  std::string text_;
  std::vector<Piece> pieces_;
};

}  // namespace plimsoll::dockerfile
