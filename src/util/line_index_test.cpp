#include "util/line_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

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

TEST(LineIndex, LongLinesGiveTheSameColumnsAsDecodingFromTheLineStart) {
  std::string text = "first\n";
  for (int i = 0; i < 300; ++i) text += "a\xC3\xA9\xF0\x9F\x98\x80";  // 1, 2 and 4-byte characters
  text += "\nlast";
  LineIndex index(text);
  for (std::size_t offset = 6; offset < text.size(); offset += 7) {
    uint32_t column = 1, units = 0;
    for (std::size_t i = 6; i < offset;) {
      unsigned char c = static_cast<unsigned char>(text[i]);
      std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : 4;
      i += len;
      ++column;
      units += len == 4 ? 2 : 1;
    }
    if (offset > 6 + 300 * 7) continue;  // past the long line
    EXPECT_EQ(index.locate(offset).column, column) << offset;
    EXPECT_EQ(index.utf16_column(offset), units) << offset;
  }
  EXPECT_EQ(index.locate(text.size()).line, 3u);
}

// One finding per word of a single long line: each locate decodes at most a stride, so
// doubling the line (and the findings) doubles the work rather than quadrupling it.
std::size_t decoded_for_findings_on_one_line(std::size_t words) {
  std::string text = "FROM x\nRUN ";
  for (std::size_t i = 0; i < words; ++i) text += "apt-get install -y x && ";
  LineIndex index(text);
  for (std::size_t at = 11; at < text.size(); at += 24) index.locate(at);
  return index.decoded();
}

TEST(LineIndex, ManyLocatesOnOneLongLineStayLinear) {
  std::size_t small = decoded_for_findings_on_one_line(4000);
  std::size_t large = decoded_for_findings_on_one_line(8000);
  EXPECT_GT(small, 0u);
  EXPECT_LT(large, 3 * small);
}

}  // namespace
}  // namespace plimsoll::util

// The project rules report on one file from several threads at once, and the first of them
// builds the index: every thread must see it whole (a lazily built index shared without
// synchronisation corrupted the heap).
TEST(LineIndex, ThreadsAskingAtOnceSeeOneIndex) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "line " + std::to_string(i) + " " + std::string(300, 'x') + "\n";
  const uint32_t middle_line = 1 + static_cast<uint32_t>(std::count(text.begin(), text.begin() + text.size() / 2, '\n'));
  for (int round = 0; round < 20; ++round) {
    plimsoll::util::LineIndex index(text);
    std::vector<std::thread> threads;
    std::vector<uint32_t> counts(8), lines(8);
    for (int t = 0; t < 8; ++t) {
      threads.emplace_back([&, t] {
        counts[t] = index.line_count();
        lines[t] = index.locate(text.size() / 2).line;
      });
    }
    for (auto& thread : threads) thread.join();
    for (int t = 0; t < 8; ++t) {
      EXPECT_EQ(counts[t], 20001u);
      EXPECT_EQ(lines[t], middle_line);
    }
  }
}
