#include "lsp/positions.h"

#include <gtest/gtest.h>

#include <string>

namespace plimsoll::lsp {
namespace {

TEST(Positions, AsciiOffsetsAreCharacters) {
  std::string text = "FROM a\nRUN b\n";
  util::LineIndex lines(text);
  EXPECT_EQ(position_of(lines, 8), (Position{1, 1}));
  EXPECT_EQ(offset_of(lines, text, {1, 1}), 8u);
}

TEST(Positions, NonAsciiCountsUtf16CodeUnits) {
  // é is 2 bytes and 1 unit; 😀 is 4 bytes and 2 units (a surrogate pair); 漢 is 3 bytes, 1 unit.
  std::string text = "x\nRUN é😀漢 z\n";
  util::LineIndex lines(text);
  std::size_t z = text.find(" z") + 1;
  EXPECT_EQ(position_of(lines, z), (Position{1, 9}));
  EXPECT_EQ(offset_of(lines, text, {1, 9}), z);
  std::size_t han = text.find("漢");
  EXPECT_EQ(position_of(lines, han), (Position{1, 7}));
  EXPECT_EQ(offset_of(lines, text, {1, 7}), han);
}

TEST(Positions, CharacterInsideASurrogatePairLandsAfterTheCodePoint) {
  std::string text = "😀a";
  util::LineIndex lines(text);
  EXPECT_EQ(offset_of(lines, text, {0, 1}), 4u);
}

TEST(Positions, PastTheEndClamps) {
  std::string text = "ab\ncd";
  util::LineIndex lines(text);
  EXPECT_EQ(offset_of(lines, text, {0, 99}), 2u);  // end of line 0, before the newline
  EXPECT_EQ(offset_of(lines, text, {7, 0}), text.size());
  EXPECT_EQ(position_of(lines, 999), (Position{1, 2}));
}

TEST(Positions, CrLfLineEndsStayOutOfTheLine) {
  std::string text = "ab\r\ncd";
  util::LineIndex lines(text);
  EXPECT_EQ(offset_of(lines, text, {0, 5}), 2u);
  EXPECT_EQ(offset_of(lines, text, {1, 1}), 5u);
}

TEST(Positions, RangeOfSpan) {
  std::string text = "é\nabc";
  util::LineIndex lines(text);
  Range r = range_of(lines, {4, 6});
  EXPECT_EQ(r.start, (Position{1, 1}));
  EXPECT_EQ(r.end, (Position{1, 3}));
}

}  // namespace
}  // namespace plimsoll::lsp
