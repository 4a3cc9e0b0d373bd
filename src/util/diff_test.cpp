#include "util/diff.h"

#include <gtest/gtest.h>

namespace plimsoll::util {
namespace {

TEST(UnifiedDiff, EqualTextsGiveNothing) { EXPECT_EQ(unified_diff("a\nb\n", "a\nb\n", "f"), ""); }

TEST(UnifiedDiff, OneChangedLineWithContext) {
  std::string before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
  std::string after = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
  EXPECT_EQ(unified_diff(before, after, "Dockerfile"),
            "--- a/Dockerfile\n+++ b/Dockerfile\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
}

TEST(UnifiedDiff, InsertionAtTheTopAndFarApartChangesMakeTwoHunks) {
  std::string before = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n";
  std::string after = "new\na\nb\nc\nd\ne\nf\ng\nh\ni\nJ\n";
  EXPECT_EQ(unified_diff(before, after, "f"),
            "--- a/f\n+++ b/f\n@@ -1,3 +1,4 @@\n+new\n a\n b\n c\n@@ -7,4 +8,4 @@\n g\n h\n i\n-j\n+J\n");
}

TEST(UnifiedDiff, MissingFinalNewlineIsMarked) {
  EXPECT_EQ(unified_diff("a\nb", "a\nc", "f"),
            "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n");
}

TEST(UnifiedDiff, AbsolutePathsHaveNoPrefix) {
  EXPECT_EQ(unified_diff("a\n", "b\n", "/src/Dockerfile"), "--- /src/Dockerfile\n+++ /src/Dockerfile\n@@ -1,1 +1,1 @@\n-a\n+b\n");
}

TEST(UnifiedDiff, FromAndToEmpty) {
  EXPECT_EQ(unified_diff("", "x\n", "f"), "--- a/f\n+++ b/f\n@@ -0,0 +1,1 @@\n+x\n");
  EXPECT_EQ(unified_diff("x\n", "", "f"), "--- a/f\n+++ b/f\n@@ -1,1 +0,0 @@\n-x\n");
}

TEST(UnifiedDiff, ANewFileIsComparedAgainstDevNull) {
  EXPECT_EQ(unified_diff("", "x\ny\n", "Makefile", true), "--- /dev/null\n+++ b/Makefile\n@@ -0,0 +1,2 @@\n+x\n+y\n");
}

TEST(UnifiedDiff, RelativePathsAreNormalBehindTheirPrefixes) {
  EXPECT_EQ(unified_diff("a\n", "b\n", "./Dockerfile"), "--- a/Dockerfile\n+++ b/Dockerfile\n@@ -1,1 +1,1 @@\n-a\n+b\n");
  EXPECT_EQ(unified_diff("a\n", "b\n", "./docker/../compose.yaml").substr(0, 40),
            "--- a/compose.yaml\n+++ b/compose.yaml\n@@");
}

}  // namespace
}  // namespace plimsoll::util
