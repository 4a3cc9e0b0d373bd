#include "dockerignore/ignore_file.h"

#include <gtest/gtest.h>

namespace plimsoll::dockerignore {
namespace {

TEST(IgnoreFile, ReadsLikeReadAll) {
  IgnoreFile f =
      read_ignore_file("\xEF\xBB\xBF# c\r\n  # not a comment\r\n\n/a//b/\n! ./x \n!\n/\n");
  ASSERT_EQ(f.entries.size(), 5u);
  EXPECT_EQ(f.entries[0].pattern, "# not a comment");
  EXPECT_EQ(f.entries[0].line, 2u);
  EXPECT_EQ(f.entries[1].pattern, "a/b");
  EXPECT_EQ(f.entries[1].line, 4u);
  EXPECT_EQ(f.entries[2].pattern, "!x");
  EXPECT_EQ(f.entries[3].pattern, "!");
  EXPECT_EQ(f.entries[4].pattern, "/");
  ASSERT_EQ(f.diagnostics.size(), 1u);
  EXPECT_EQ(f.diagnostics[0].line, 6u);
  EXPECT_EQ(f.diagnostics[0].column, 1u);
  EXPECT_EQ(f.diagnostics[0].message, "illegal exclusion pattern: \"!\"");
}

TEST(IgnoreFile, SpansAndColumnsOfBadPatterns) {
  std::string text = "ok\n  é[x\n";
  IgnoreFile f = read_ignore_file(text);
  ASSERT_EQ(f.entries.size(), 2u);
  EXPECT_EQ(text.substr(f.entries[1].span.begin, f.entries[1].span.size()), "é[x");
  ASSERT_EQ(f.diagnostics.size(), 1u);
  EXPECT_EQ(f.diagnostics[0].line, 2u);
  EXPECT_EQ(f.diagnostics[0].column, 3u);
  EXPECT_EQ(f.diagnostics[0].severity, core::Severity::kError);
}

TEST(IgnoreFile, BomOnlyOnFirstLineAndLongLines) {
  IgnoreFile f = read_ignore_file(
      "a\n\xEF\xBB\xBF"
      "b");
  ASSERT_EQ(f.entries.size(), 2u);
  EXPECT_EQ(f.entries[1].pattern,
            "\xEF\xBB\xBF"
            "b");
  IgnoreFile big = read_ignore_file(std::string(70000, 'x'));
  ASSERT_FALSE(big.diagnostics.empty());
  EXPECT_NE(big.diagnostics[0].message.find("65535"), std::string::npos);
}

}  // namespace
}  // namespace plimsoll::dockerignore
