#include "init/diff.h"

#include <gtest/gtest.h>

namespace plimsoll::init {
namespace {

TEST(Diff, EqualTextsGiveNothing) { EXPECT_EQ(unified_diff("a\nb\n", "a\nb\n", "f", false), ""); }

TEST(Diff, ChangedLineWithContext) {
  EXPECT_EQ(unified_diff("1\n2\n3\n4\n5\n6\n7\n8\n", "1\n2\n3\n4\nfive\n6\n7\n8\n", "f", false),
            "--- a/f\n+++ b/f\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
}

TEST(Diff, NewFileAgainstDevNull) {
  EXPECT_EQ(unified_diff("", "x\ny\n", "Makefile", true), "--- /dev/null\n+++ b/Makefile\n@@ -0,0 +1,2 @@\n+x\n+y\n");
}

}  // namespace
}  // namespace plimsoll::init
