// LineIndex maps byte offsets in one text buffer to 1-based line and column numbers.
// It borrows the buffer (the owner must outlive it) and is built on first use.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace plimsoll::util {

struct LineColumn {
  uint32_t line = 1;    // 1-based
  uint32_t column = 1;  // 1-based, in Unicode code points from the start of the line
};

class LineIndex {
 public:
  explicit LineIndex(std::string_view text) : text_(text) {}

  // Offsets past the end clamp to the end of the buffer.
  LineColumn locate(std::size_t offset) const;
  // Byte offset where 1-based `line` starts; lines past the end give the buffer size.
  std::size_t line_start(uint32_t line) const;
  // The text of 1-based `line` without its terminator (\n, and a \r before it).
  std::string_view line_text(uint32_t line) const;
  uint32_t line_count() const;
  // UTF-16 code units from the start of the line to `offset` (what LSP clients count).
  uint32_t utf16_column(std::size_t offset) const;

 private:
  void build() const;
  std::string_view text_;
  mutable std::vector<std::size_t> starts_;  // filled lazily: never during lexing
};

}  // namespace plimsoll::util
