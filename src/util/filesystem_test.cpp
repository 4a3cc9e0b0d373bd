#include "util/filesystem.h"

#include <unistd.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "util/memory_filesystem.h"

namespace plimsoll::util {
namespace {

namespace fs = std::filesystem;

class DiskTest : public testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("plimsoll-fs-" + std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_ / "d");
    std::ofstream(root_ / "d" / "f.txt") << "hello";
  }
  void TearDown() override { fs::remove_all(root_); }
  std::string at(const std::string& relative) const { return (root_ / relative).string(); }
  fs::path root_;
};

TEST_F(DiskTest, ListsSortedAndDoesNotFollowLinks) {
  fs::create_directory_symlink(root_ / "d", root_ / "ln");
  auto top = disk().list(root_.string());
  ASSERT_TRUE(top);
  ASSERT_EQ(top->size(), 2u);
  EXPECT_EQ((*top)[0], (DirEntry{"d", true, false, 0}));
  EXPECT_EQ((*top)[1], (DirEntry{"ln", false, true, 0}));
  auto inner = disk().list(at("d"));
  ASSERT_TRUE(inner);
  EXPECT_EQ((*inner)[0].size, 5u);
  EXPECT_FALSE(disk().list(at("missing")));
}

TEST_F(DiskTest, KindsAndText) {
  EXPECT_TRUE(disk().exists(at("d")));
  EXPECT_TRUE(disk().is_directory(at("d")));
  EXPECT_FALSE(disk().is_regular_file(at("d")));
  EXPECT_TRUE(disk().is_regular_file(at("d/f.txt")));
  EXPECT_EQ(*disk().read(at("d/f.txt")), "hello");
  auto missing = disk().read(at("nope"));
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().message.find("nope"), std::string::npos);
}

TEST_F(DiskTest, OverlayTextsShadowTheDiskAndExistUnsaved) {
  OverlayFilesystem overlay(shared_disk(), {{at("d/f.txt"), "edited"}, {at("new/dir/.env"), "A=1\n"}});
  EXPECT_EQ(*overlay.read(at("d/f.txt")), "edited");
  EXPECT_TRUE(overlay.is_regular_file(at("new/dir/.env")));
  EXPECT_TRUE(overlay.exists(at("new/dir/.env")));
  EXPECT_TRUE(overlay.is_directory(at("new")));
  EXPECT_TRUE(overlay.is_directory(at("d")));
  EXPECT_FALSE(overlay.exists(at("new/other")));
  EXPECT_EQ(*overlay.read(at("new/dir/.env")), "A=1\n");

  auto top = overlay.list(root_.string());
  ASSERT_TRUE(top);
  ASSERT_EQ(top->size(), 2u);
  EXPECT_EQ((*top)[1], (DirEntry{"new", true, false, 0}));
  auto fresh = overlay.list(at("new/dir"));
  ASSERT_TRUE(fresh) << "a directory only the overlay holds can be listed";
  EXPECT_EQ(*fresh, (std::vector<DirEntry>{{".env", false, false, 4}}));
  auto d = overlay.list(at("d"));
  ASSERT_TRUE(d);
  EXPECT_EQ(*d, (std::vector<DirEntry>{{"f.txt", false, false, 6}})) << "the unsaved size replaces the disk's";
}

TEST_F(DiskTest, SharedTextsAreReadWithoutBeingCopied) {
  auto shared = std::make_shared<SharedTexts>();
  (*shared)[at("d/f.txt")] = std::make_shared<const std::string>("buffer");
  (*shared)[at("open/compose.yaml")] = std::make_shared<const std::string>("services: {}\n");
  std::size_t copied = OverlayFilesystem::texts_copied();
  OverlayFilesystem overlay(shared_disk(), {{at("open/own.yaml"), "own"}}, shared);
  EXPECT_EQ(OverlayFilesystem::texts_copied() - copied, 1u) << "only the text handed in by value is copied";
  EXPECT_EQ(*overlay.read(at("d/f.txt")), "buffer");
  EXPECT_TRUE(overlay.is_directory(at("open")));
  auto open = overlay.list(at("open"));
  ASSERT_TRUE(open);
  EXPECT_EQ(*open, (std::vector<DirEntry>{{"compose.yaml", false, false, 13}, {"own.yaml", false, false, 3}}));
  // The owner edits its map between loads; an overlay built on it sees the edit.
  (*shared)[at("d/f.txt")] = std::make_shared<const std::string>("edited");
  EXPECT_EQ(*overlay.read(at("d/f.txt")), "edited");
  // Texts handed in by value shadow the shared ones.
  OverlayFilesystem shadowed(shared_disk(), {{at("d/f.txt"), "mine"}}, shared);
  EXPECT_EQ(*shadowed.read(at("d/f.txt")), "mine");
}

TEST_F(DiskTest, OverlayKeysMatchRelativeAndAbsoluteQueries) {
  fs::path cwd = fs::current_path();
  fs::current_path(root_);
  OverlayFilesystem overlay(shared_disk(), {{"./compose/../.env", "X=1\n"}});
  EXPECT_TRUE(overlay.is_regular_file(at(".env")));
  EXPECT_TRUE(overlay.is_regular_file(".env"));
  EXPECT_TRUE(overlay.exists("sub/../.env"));
  fs::current_path(cwd);
}

TEST(MemoryFilesystem, HoldsFilesDirectoriesAndUnreadablePlaces) {
  MemoryFilesystem m;
  m.add_file("src/main.go", "package main\n");
  m.add_symlink("link");
  m.add_dir("empty");
  EXPECT_TRUE(m.is_directory("src"));
  EXPECT_TRUE(m.is_directory("./"));
  EXPECT_TRUE(m.is_regular_file("./src/main.go"));
  EXPECT_EQ(*m.read("src/main.go"), "package main\n");
  EXPECT_FALSE(m.read("src"));
  auto top = m.list(".");
  ASSERT_TRUE(top);
  EXPECT_EQ(*top, (std::vector<DirEntry>{{"empty", true, false, 0}, {"link", false, true, 0}, {"src", true, false, 0}}));
  EXPECT_EQ(*m.list("src"), (std::vector<DirEntry>{{"main.go", false, false, 13}}));
  m.make_unreadable("src");
  EXPECT_FALSE(m.list("src"));
  EXPECT_FALSE(m.list("nowhere"));
}

}  // namespace
}  // namespace plimsoll::util
