#include "image/filesystem.h"

#include <gtest/gtest.h>

namespace plimsoll::image {
namespace {

TarEntry file(std::string path, int64_t size = 10) {
  TarEntry e;
  e.path = std::move(path);
  e.type = EntryType::kFile;
  e.mode = 0644;
  e.size = size;
  return e;
}

TarEntry symlink(std::string path, std::string target) {
  TarEntry e;
  e.path = std::move(path);
  e.type = EntryType::kSymlink;
  e.link = std::move(target);
  return e;
}

TEST(Filesystem, NormalisesNamesAndRefusesEscapes) {
  EXPECT_EQ(*normalize_entry_path("./a//b/./c/"), "a/b/c");
  EXPECT_EQ(*normalize_entry_path("./"), "");
  EXPECT_FALSE(normalize_entry_path("a/../../b"));
  EXPECT_FALSE(normalize_entry_path("/etc/passwd"));
}

TEST(Filesystem, WhiteoutDeletesLowerLayersOnly) {
  Filesystem fs;
  ASSERT_TRUE(fs.apply(0, file("etc/secret", 100)));
  ASSERT_TRUE(fs.apply(1, file("etc/.wh.secret", 0)));
  EXPECT_EQ(fs.current("etc/secret"), nullptr);
  EXPECT_EQ(fs.history("etc/.wh.secret"), nullptr) << "whiteout markers are not files";
  EXPECT_EQ(fs.path_count(), 1u);
  ASSERT_EQ(fs.history("etc/secret")->versions.size(), 2u);
  EXPECT_EQ(fs.history("etc/secret")->versions[0].size, 100u);
}

TEST(Filesystem, WhiteoutOfADirectoryDeletesItsTree) {
  Filesystem fs;
  TarEntry dir = file("cache");
  dir.type = EntryType::kDirectory;
  ASSERT_TRUE(fs.apply(0, dir));
  ASSERT_TRUE(fs.apply(0, file("cache/a")));
  ASSERT_TRUE(fs.apply(0, file("cache/sub/b")));
  ASSERT_TRUE(fs.apply(0, file("cachet")));
  ASSERT_TRUE(fs.apply(1, file(".wh.cache", 0)));
  EXPECT_EQ(fs.current("cache"), nullptr);
  EXPECT_EQ(fs.current("cache/a"), nullptr);
  EXPECT_EQ(fs.current("cache/sub/b"), nullptr);
  EXPECT_NE(fs.current("cachet"), nullptr) << "a sibling sharing the prefix survives";
}

TEST(Filesystem, OpaqueDirectoryHidesLowerChildrenButKeepsItsOwn) {
  Filesystem fs;
  ASSERT_TRUE(fs.apply(0, file("app/old")));
  ASSERT_TRUE(fs.apply(1, file("app/new")));  // written before the marker in the same layer
  ASSERT_TRUE(fs.apply(1, file("app/.wh..wh..opq", 0)));
  EXPECT_EQ(fs.current("app/old"), nullptr);
  EXPECT_NE(fs.current("app/new"), nullptr);
}

TEST(Filesystem, HardLinkNeedsAnExistingTarget) {
  Filesystem fs;
  TarEntry link = file("bin/b");
  link.type = EntryType::kHardlink;
  link.link = "bin/a";
  auto applied = fs.apply(0, link);
  ASSERT_FALSE(applied);
  EXPECT_NE(applied.error().message.find("missing target 'bin/a'"), std::string::npos);
  ASSERT_TRUE(fs.apply(0, file("bin/a")));
  EXPECT_TRUE(fs.apply(0, link));
}

TEST(Filesystem, ResolvesSymlinksInEveryComponent) {
  Filesystem fs;
  ASSERT_TRUE(fs.apply(0, symlink("bin", "usr/bin")));
  ASSERT_TRUE(fs.apply(0, file("usr/bin/dash")));
  ASSERT_TRUE(fs.apply(0, symlink("usr/bin/sh", "dash")));
  ASSERT_TRUE(fs.apply(0, symlink("usr/bin/up", "../../../../usr/bin/dash")));
  EXPECT_EQ(*fs.resolve("/bin/sh"), "usr/bin/dash");
  EXPECT_EQ(*fs.resolve("/bin/up"), "usr/bin/dash") << ".. stops at the root";
  ASSERT_TRUE(fs.apply(0, symlink("loop/a", "/loop/b")));
  ASSERT_TRUE(fs.apply(0, symlink("loop/b", "a")));
  auto loop = fs.resolve("/loop/a");
  ASSERT_FALSE(loop);
  EXPECT_NE(loop.error().message.find("symlink loop"), std::string::npos);
}

TEST(Filesystem, WalksPathsDepthFirstByNameAfterSort) {
  Filesystem fs;
  for (const char* p : {"b/y", "a", "b/x", "b/x/deep", "c"}) ASSERT_TRUE(fs.apply(0, file(p)));
  fs.sort();
  std::vector<std::string> all;
  for (const auto& [path, history] : fs.paths()) {
    all.push_back(path);
    EXPECT_FALSE(history.versions.empty());
  }
  EXPECT_EQ(all, (std::vector<std::string>{"a", "b/x", "b/x/deep", "b/y", "c"})) << "b itself was never written";
  std::vector<std::string> below;
  for (const auto& [path, history] : fs.under("b")) below.push_back(path);
  EXPECT_EQ(below, (std::vector<std::string>{"b/x", "b/x/deep", "b/y"}));
  EXPECT_EQ(fs.under("missing").begin(), fs.under("missing").end());
}

TEST(Filesystem, WhiteoutNamingNothingDeletesNothing) {
  Filesystem fs;
  ASSERT_TRUE(fs.apply(0, file("dir/a")));
  ASSERT_TRUE(fs.apply(1, file("dir/.wh.", 0)));
  ASSERT_TRUE(fs.apply(1, file("dir/.wh..", 0)));
  EXPECT_NE(fs.current("dir/a"), nullptr);
}

TEST(Filesystem, OpaqueMarkerDeletesOnlyOnceAcrossLayers) {
  Filesystem fs;
  ASSERT_TRUE(fs.apply(0, file("app/a")));
  ASSERT_TRUE(fs.apply(1, file("app/.wh..wh..opq", 0)));
  ASSERT_TRUE(fs.apply(1, file("app/b")));
  ASSERT_TRUE(fs.apply(2, file("app/.wh..wh..opq", 0)));
  ASSERT_TRUE(fs.apply(2, file("app/.wh..wh..opq", 0)));
  ASSERT_EQ(fs.history("app/a")->versions.size(), 2u) << "one deletion, in layer 1";
  EXPECT_EQ(fs.history("app/a")->versions[1].layer, 1u);
  ASSERT_EQ(fs.history("app/b")->versions.size(), 2u);
  EXPECT_EQ(fs.history("app/b")->versions[1].layer, 2u);
  EXPECT_EQ(fs.current("app/b"), nullptr);
  ASSERT_TRUE(fs.apply(3, file("app/c")));
  ASSERT_TRUE(fs.apply(3, file(".wh.app", 0)));
  EXPECT_NE(fs.current("app/c"), nullptr) << "whiteouts delete what lower layers wrote, not their own layer's";
}

}  // namespace
}  // namespace plimsoll::image
