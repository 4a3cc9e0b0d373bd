#include "util/line_index.h"

#include <algorithm>

#include "util/text.h"

namespace plimsoll::util {

void LineIndex::build() const {
  std::call_once(built_, [this] { build_now(); });
}

void LineIndex::build_now() const {
  starts_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') starts_.push_back(i + 1);
  }
  // One decoding pass over lines longer than a stride, leaving a checkpoint every stride.
  for (std::size_t line = 0; line < starts_.size(); ++line) {
    std::size_t begin = starts_[line];
    std::size_t end = line + 1 < starts_.size() ? starts_[line + 1] : text_.size();
    if (end - begin <= kStride) continue;
    Checkpoint at{begin, 0, 0};
    std::size_t next = begin + kStride;
    for (std::size_t i = begin; i < end;) {
      if (i >= next) {
        at.offset = i;
        checkpoints_.push_back(at);
        next = i + kStride;
      }
      std::size_t len = 1;
      char32_t cp = decode_utf8(text_, i, len);
      ++at.column;
      at.units += cp >= 0x10000 ? 2 : 1;
      i += len;
    }
  }
}

LineIndex::Checkpoint LineIndex::start_for(std::size_t offset) const {
  auto line = std::upper_bound(starts_.begin(), starts_.end(), offset);
  std::size_t begin = *(line - 1);
  auto after = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), offset,
                                [](std::size_t o, const Checkpoint& c) { return o < c.offset; });
  if (after != checkpoints_.begin() && std::prev(after)->offset >= begin) return *std::prev(after);
  return {begin, 0, 0};
}

uint32_t LineIndex::line_count() const {
  build();
  return static_cast<uint32_t>(starts_.size());
}

std::size_t LineIndex::line_start(uint32_t line) const {
  build();
  if (line == 0) return 0;
  if (line > starts_.size()) return text_.size();
  return starts_[line - 1];
}

std::string_view LineIndex::line_text(uint32_t line) const {
  build();
  if (line == 0 || line > starts_.size()) return {};
  std::size_t begin = starts_[line - 1];
  std::size_t end = line < starts_.size() ? starts_[line] - 1 : text_.size();
  if (end > begin && text_[end - 1] == '\r') --end;
  return text_.substr(begin, end - begin);
}

LineColumn LineIndex::locate(std::size_t offset) const {
  build();
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  std::size_t line = static_cast<std::size_t>(it - starts_.begin());
  Checkpoint from = start_for(offset);
  uint32_t column = 1 + from.column;
  for (std::size_t i = from.offset; i < offset;) {
    std::size_t len = 1;
    decode_utf8(text_, i, len);
    i += len;
    ++column;
  }
  // One shared add per call, not per character: threads report through one index at once.
  decoded_.fetch_add(column - 1 - from.column, std::memory_order_relaxed);
  return {static_cast<uint32_t>(line), column};
}

uint32_t LineIndex::utf16_column(std::size_t offset) const {
  build();
  offset = std::min(offset, text_.size());
  Checkpoint from = start_for(offset);
  uint32_t units = from.units;
  std::size_t decoded = 0;
  for (std::size_t i = from.offset; i < offset;) {
    std::size_t len = 1;
    char32_t cp = decode_utf8(text_, i, len);
    units += cp >= 0x10000 ? 2 : 1;
    i += len;
    ++decoded;
  }
  decoded_.fetch_add(decoded, std::memory_order_relaxed);
  return units;
}

}  // namespace plimsoll::util
