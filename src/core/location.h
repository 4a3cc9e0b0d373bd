// Where something stands in a source file: byte ranges into the file's buffer.
// Line and column are computed from a Span only when a report needs them (util::LineIndex).
#pragma once

#include <cstdint>

namespace plimsoll::core {

// Half-open byte range [begin, end) into one SourceFile's text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  friend bool operator==(const Span&, const Span&) = default;
};

inline Span cover(Span a, Span b) {
  return {a.begin < b.begin ? a.begin : b.begin, a.end > b.end ? a.end : b.end};
}

}  // namespace plimsoll::core
