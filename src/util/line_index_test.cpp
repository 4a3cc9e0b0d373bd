#include "util/line_index.h"

#include <gtest/gtest.h>

namespace plimsoll::util {
namespace {

TEST(LineIndex, LocatesOffsetsAcrossLines) {
  LineIndex index("ab\ncd\r\nef");
  EXPECT_EQ(index.locate(0).line, 1u);
  EXPECT_EQ(index.locate(4).line, 2u);
  EXPECT_EQ(index.locate(4).column, 2u);
  EXPECT_EQ(index.locate(7).line, 3u);
  EXPECT_EQ(index.line_text(2), "cd");
  EXPECT_EQ(index.line_count(), 3u);
}

TEST(LineIndex, CountsColumnsInCodePointsAndUtf16Units) {
  LineIndex index("\xC3\xA9x\xF0\x9F\x98\x80y");
  EXPECT_EQ(index.locate(2).column, 2u);   // after é
  EXPECT_EQ(index.locate(7).column, 4u);   // after the emoji
  EXPECT_EQ(index.utf16_column(7), 4u);    // é=1, x=1, emoji=2
}

TEST(LineIndex, ClampsOffsetsPastTheEnd) {
  LineIndex index("abc");
  EXPECT_EQ(index.locate(99).column, 4u);
  EXPECT_EQ(index.line_text(5), "");
}

}  // namespace
}  // namespace plimsoll::util
