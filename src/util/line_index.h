// LineIndex maps byte offsets in one text buffer to 1-based line and column numbers.
// It borrows the buffer (the owner must outlive it) and is built on first use; any number of
// threads may ask at once (the project rules run in parallel over one file's index).
#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
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
  // Characters decoded by locate()/utf16_column() so far: what tests count to show each call
  // costs at most one checkpoint stride, however long the line.
  std::size_t decoded() const { return decoded_.load(std::memory_order_relaxed); }

 private:
  // Counts at a character boundary inside a line, so a column on a long line is decoded from
  // the nearest checkpoint before it rather than from the line start.
  struct Checkpoint {
    std::size_t offset = 0;
    uint32_t column = 0;  // code points from the line start
    uint32_t units = 0;   // UTF-16 units from the line start
  };
  static constexpr std::size_t kStride = 256;

  void build() const;  // once, whichever thread asks first
  void build_now() const;
  // The line start or a later checkpoint, the closest at or before `offset`.
  Checkpoint start_for(std::size_t offset) const;
  std::string_view text_;
  mutable std::once_flag built_;
  mutable std::vector<std::size_t> starts_;  // filled lazily (never during lexing), under built_
  mutable std::vector<Checkpoint> checkpoints_;
  mutable std::atomic<std::size_t> decoded_ = 0;
};

}  // namespace plimsoll::util
