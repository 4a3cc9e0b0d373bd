#include "dockerignore/go_path.h"

#include <gtest/gtest.h>

namespace plimsoll::dockerignore {
namespace {

TEST(GoPath, CleanLikeFilepathClean) {
  EXPECT_EQ(clean_path(""), ".");
  EXPECT_EQ(clean_path("a//b/./c/"), "a/b/c");
  EXPECT_EQ(clean_path("a/../.."), "..");
  EXPECT_EQ(clean_path("../a/.."), "..");
  EXPECT_EQ(clean_path("/../a"), "/a");
  EXPECT_EQ(clean_path("/a/.."), "/");
  EXPECT_EQ(clean_path("!../../a"), "a");  // `!..` is a name, so `..` removes it
  EXPECT_EQ(clean_path("//"), "/");
  EXPECT_EQ(clean_path("./"), ".");
}

TEST(GoPath, DirLikeFilepathDir) {
  EXPECT_EQ(dir_path("a/b/c"), "a/b");
  EXPECT_EQ(dir_path("a/b/"), "a/b");
  EXPECT_EQ(dir_path("a"), ".");
  EXPECT_EQ(dir_path("/"), "/");
  EXPECT_EQ(dir_path("a//b"), "a");
}

TEST(GoPath, TrimsUnicodeSpace) {
  EXPECT_EQ(trim_go_space(" \t x y \r"), "x y");
  EXPECT_EQ(trim_go_space("\xC2\xA0x\xE3\x80\x80"), "x");  // NBSP and ideographic space
  EXPECT_EQ(trim_go_space("   "), "");
  EXPECT_EQ(trim_go_space("\xFFx"), "\xFFx");
}

}  // namespace
}  // namespace plimsoll::dockerignore
