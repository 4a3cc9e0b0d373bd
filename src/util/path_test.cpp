#include "util/path.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace plimsoll::util {
namespace {

TEST(Path, BasenameIsTheTextAfterTheLastSlash) {
  EXPECT_EQ(basename("a/b/compose.yml"), "compose.yml");
  EXPECT_EQ(basename("Dockerfile"), "Dockerfile");
  EXPECT_EQ(basename("/usr/bin/apt-get"), "apt-get");
  EXPECT_EQ(basename("dir/"), "");
}

TEST(Path, ExtensionAndStem) {
  EXPECT_EQ(extension("compose.prod.yml"), ".yml");
  EXPECT_EQ(stem("dir/compose.prod.yml"), "compose.prod");
  EXPECT_EQ(extension(".env"), "") << "a hidden file's name is not an extension";
  EXPECT_EQ(stem(".env"), ".env");
  EXPECT_EQ(extension("a.d/Makefile"), "") << "a dot in a directory name does not count";
  EXPECT_EQ(extension(".."), "");
}

TEST(Path, NormalFoldsDotsAndTrailingSlashes) {
  EXPECT_EQ(normal_path("./a/../b/"), "b");
  EXPECT_EQ(normal_path(""), ".");
  EXPECT_EQ(normal_path("./"), ".");
  EXPECT_EQ(normal_path("/x//y/."), "/x/y");
  EXPECT_EQ(normal_path("../up"), "../up");
}

TEST(Path, ParentDir) {
  EXPECT_EQ(parent_dir("compose.yml"), ".");
  EXPECT_EQ(parent_dir("./compose/dev.yml"), "compose");
  EXPECT_EQ(parent_dir("/x"), "/");
  EXPECT_EQ(parent_dir("a/b/"), "a");
}

TEST(Path, JoinResolvesAgainstTheDirectory) {
  EXPECT_EQ(join_path("compose", "../env/.env"), "env/.env");
  EXPECT_EQ(join_path(".", "./Dockerfile"), "Dockerfile");
  EXPECT_EQ(join_path("", "x"), "x");
  EXPECT_EQ(join_path("a", "/abs/x"), "/abs/x");
}

TEST(Path, AbsoluteIsNormalAndRooted) {
  std::string abs = absolute_path("./a/../b");
  EXPECT_TRUE(abs.starts_with('/'));
  EXPECT_TRUE(abs.ends_with("/b"));
  EXPECT_EQ(absolute_path("/x/./y/"), "/x/y");
}

TEST(Path, IsInside) {
  EXPECT_TRUE(is_inside("a/b", "a"));
  EXPECT_TRUE(is_inside("a", "a/"));
  EXPECT_FALSE(is_inside("ab", "a")) << "a shared prefix is not a parent";
  EXPECT_FALSE(is_inside("a/../b", "a"));
  EXPECT_TRUE(is_inside("x/y", "."));
  EXPECT_FALSE(is_inside("../x", "."));
  EXPECT_TRUE(is_inside("/etc/passwd", "/"));
  EXPECT_FALSE(is_inside("rel", "/"));
}

TEST(Path, HasDirectory) {
  EXPECT_TRUE(has_directory(".devcontainer/Dockerfile", ".devcontainer"));
  EXPECT_TRUE(has_directory("a/tests/fixtures/ci.env", "fixtures"));
  EXPECT_FALSE(has_directory("x.devcontainer/Dockerfile", ".devcontainer"));
  EXPECT_FALSE(has_directory("a/fixtures", "fixtures"));  // the basename is not a directory
  EXPECT_FALSE(has_directory("a/myfixtures/b", "fixtures"));
  EXPECT_FALSE(has_directory("a/b", ""));
}

TEST(NormalPath, AgreesWithLexicalNormalisation) {
  // Already-normal paths are returned as they are; the rest go through fs::path.
  const char* const kPaths[] = {"a",      "a/b",     "/a/b",    "/",      "a/",     "./a",  "a/./b", "a/../b",
                                "../a",   "a//b",    "//a",     ".",      "..",     "a/..", "/..",   "a/b/",
                                "a.b/c.d", ".env",   "a/.env",  "...",    "a/.../b", "",    "/a/b/../../..", "docker/"};
  for (const char* path : kPaths) {
    std::string expected = std::filesystem::path(path).lexically_normal().generic_string();
    if (expected.size() > 1 && expected.back() == '/') expected.pop_back();
    if (expected.empty()) expected = ".";
    EXPECT_EQ(normal_path(path), expected) << path;
  }
}

}  // namespace
}  // namespace plimsoll::util
