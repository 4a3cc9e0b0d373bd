#include "util/text.h"

#include <gtest/gtest.h>

namespace plimsoll::util {
namespace {

TEST(Text, TrimsAsciiSpaceOnBothSides) {
  EXPECT_EQ(trim_ascii_space("  \tab c\r\n"), "ab c");
  EXPECT_EQ(trim_ascii_space("   "), "");
}

TEST(Text, DecodesUtf8AndReplacesInvalidBytes) {
  std::size_t len = 0;
  EXPECT_EQ(decode_utf8("\xC3\xA9", 0, len), U'\u00E9');
  EXPECT_EQ(len, 2u);
  EXPECT_EQ(decode_utf8("\xC3", 0, len), U'\uFFFD');
  EXPECT_EQ(len, 1u);
  EXPECT_EQ(decode_utf8("\xED\xA0\x80", 0, len), U'\uFFFD');  // surrogate
  EXPECT_FALSE(is_valid_utf8("a\xFFz"));
  EXPECT_TRUE(is_valid_utf8("h\xC3\xA9llo \xEF\xBF\xBD"));
}

TEST(Text, EncodesUtf8RoundTrip) {
  std::string out;
  append_utf8(out, U'\U0001F600');
  std::size_t len = 0;
  EXPECT_EQ(decode_utf8(out, 0, len), U'\U0001F600');
  EXPECT_EQ(len, 4u);
}

TEST(Text, CaseInsensitiveComparisons) {
  EXPECT_TRUE(iequals_ascii("FROM", "from"));
  EXPECT_FALSE(iequals_ascii("FROM", "fro"));
  EXPECT_TRUE(starts_with_icase("Healthcheck CMD", "HEALTHCHECK"));
}

}  // namespace
}  // namespace plimsoll::util
