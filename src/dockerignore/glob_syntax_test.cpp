#include "dockerignore/glob_syntax.h"

#include <gtest/gtest.h>

namespace plimsoll::dockerignore {
namespace {

TEST(GlobSyntax, BadPatternsAsFilepathMatch) {
  for (const char* bad :
       {"[", "[^", "[]a]", "[-]", "[x-]", "[-x]", "[a-b-c]", "a[", "\\", "ab\\", "[a*", "[\\]"}) {
    EXPECT_TRUE(is_bad_glob(bad)) << bad;
  }
  for (const char* good :
       {"abc", "*", "[\\]a]", "[\\-]", "[x\\-]", "[l-O]", "a\\*b", "[^a]", "**/x", "]"}) {
    EXPECT_FALSE(is_bad_glob(good)) << good;
  }
  EXPECT_TRUE(is_bad_glob("[\xFF]"));  // invalid UTF-8 inside a class
  EXPECT_FALSE(is_bad_glob("\xFF"));
}

TEST(GlobSyntax, Strategies) {
  EXPECT_EQ(plan_pattern("abc").kind, MatchKind::kExact);
  EXPECT_EQ(plan_pattern("a**").kind, MatchKind::kPrefix);
  EXPECT_EQ(plan_pattern("**.txt").kind, MatchKind::kSuffix);
  EXPECT_EQ(plan_pattern("a**b").regex, "^a(.*/)?b$");  // mid-pattern `**` wants a separator
  EXPECT_EQ(plan_pattern("[*]").regex, "^[[^/]*]$");    // as BuildKit builds it, quirks included
  EXPECT_EQ(plan_pattern("\xEF\xBB\xBF*.go").regex, "^[^/]*\\.go$");  // scanner drops a BOM
  EXPECT_EQ(plan_pattern("a\\b", '\\').regex, "");  // Windows: backslash is a separator
  EXPECT_EQ(plan_pattern("a?\\b", '\\').regex, "^a[^\\\\]\\\\b$");
}

}  // namespace
}  // namespace plimsoll::dockerignore
