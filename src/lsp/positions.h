// LSP positions (0-based line, UTF-16 code units within the line) to and from byte offsets in
// a UTF-8 buffer. The LineIndex borrowed here belongs to the caller's SourceFile.
#pragma once

#include <cstddef>
#include <cstdint>

#include "core/location.h"
#include "util/line_index.h"

namespace plimsoll::lsp {

struct Position {
  uint32_t line = 0;       // 0-based
  uint32_t character = 0;  // UTF-16 code units from the line start
  friend bool operator==(const Position&, const Position&) = default;
};

struct Range {
  Position start;
  Position end;
  friend bool operator==(const Range&, const Range&) = default;
};

Position position_of(const util::LineIndex& lines, std::size_t offset);
Range range_of(const util::LineIndex& lines, core::Span span);
// A character past the line's end clamps to it (as the spec asks); a line past the end
// clamps to the end of the buffer. A position inside a surrogate pair lands on its code point.
std::size_t offset_of(const util::LineIndex& lines, std::string_view text, Position position);

}  // namespace plimsoll::lsp
