// The file system view's costs and caps: hostile layers (N whiteouts over N files, long
// symlink targets, link loops, huge names, too many paths) cost work linear in their size,
// measured in the view's own step counters, and end at a cap with an error naming it.
#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "image/filesystem.h"

namespace plimsoll::image {
namespace {

TarEntry entry(std::string path, EntryType type = EntryType::kFile, std::string link = {}) {
  TarEntry e;
  e.path = std::move(path);
  e.type = type;
  e.link = std::move(link);
  return e;
}

std::string repeat(std::string_view part, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += part;
  return out;
}

// Room for targets longer than the default cap: resolve() is also handed paths from the config.
FilesystemLimits roomy() {
  FilesystemLimits limits;
  limits.max_path_bytes = 1u << 20;
  return limits;
}

// Doubling the input must not quadruple the work: linear work doubles, quadratic quadruples.
void expect_linear(const std::function<uint64_t(std::size_t)>& cost, std::size_t n) {
  uint64_t once = cost(n);
  uint64_t twice = cost(2 * n);
  ASSERT_GT(once, 0u);
  EXPECT_LT(twice, 3 * once) << "cost " << once << " for " << n << ", " << twice << " for " << 2 * n;
}

TEST(FilesystemCost, OpaqueMarkersOverManyFilesAreLinear) {
  // N files and N opaque markers, in one layer and over a lower one.
  for (uint32_t marker_layer : {0u, 1u}) {
    expect_linear(
        [&](std::size_t n) {
          Filesystem fs;
          for (std::size_t i = 0; i < n; ++i) EXPECT_TRUE(fs.apply(0, entry("d/f" + std::to_string(i))));
          for (std::size_t i = 0; i < n; ++i) EXPECT_TRUE(fs.apply(marker_layer, entry(".wh..wh..opq")));
          for (std::size_t i = 0; i < n; ++i) EXPECT_TRUE(fs.apply(marker_layer, entry("d/.wh..wh..opq")));
          EXPECT_EQ(fs.current("d/f0") == nullptr, marker_layer == 1);
          return fs.apply_steps();
        },
        4000);
  }
}

TEST(FilesystemCost, WhiteoutsOfNestedDirectoriesAreLinear) {
  // Whiteouts of every directory of a deep chain, deepest first, each over the whole chain.
  expect_linear(
      [](std::size_t n) {
        Filesystem fs;
        std::string path = "d";
        std::vector<std::string> dirs;
        for (std::size_t i = 0; i < n; ++i) {
          dirs.push_back(path);
          EXPECT_TRUE(fs.apply(0, entry(path + "/f")));
          path += "/d";
        }
        uint64_t built = fs.apply_steps();  // the names alone are quadratic in n: not measured
        for (auto it = dirs.rbegin(); it != dirs.rend(); ++it) {
          std::size_t slash = it->rfind('/');
          std::string parent = slash == std::string::npos ? "" : it->substr(0, slash + 1);
          EXPECT_TRUE(fs.apply(1, entry(parent + ".wh.d")));
        }
        EXPECT_EQ(fs.current("d/f"), nullptr);
        return fs.apply_steps() - built;
      },
      500);
}

TEST(FilesystemCost, ResolvingALongSymlinkTargetIsLinear) {
  expect_linear(
      [](std::size_t n) {
        Filesystem fs(roomy());
        EXPECT_TRUE(fs.apply(0, entry("x", EntryType::kSymlink, repeat("a/", n) + "y")));
        uint64_t steps = 0;
        auto resolved = fs.resolve("/x", &steps);
        EXPECT_TRUE(resolved);
        if (resolved) {
          EXPECT_EQ(resolved->size(), 2 * n + 1);
        }
        return steps;
      },
      20000);
}

TEST(FilesystemCost, ResolvingALongPathIsLinear) {
  expect_linear(
      [](std::size_t n) {
        Filesystem fs;
        // A long path from the config (a healthcheck program, say) that climbs in and out.
        EXPECT_TRUE(fs.apply(0, entry("a/x")));
        uint64_t steps = 0;
        auto resolved = fs.resolve("/" + repeat("a/../", n) + "a/x", &steps);
        EXPECT_TRUE(resolved && *resolved == "a/x");
        return steps;
      },
      20000);
}

TEST(FilesystemCost, ResolvingThroughExistingDirectoriesIsLinear) {
  expect_linear(
      [](std::size_t n) {
        Filesystem fs;
        std::string deep = repeat("a/", n) + "bin";
        EXPECT_TRUE(fs.apply(0, entry(deep, EntryType::kDirectory)));
        EXPECT_TRUE(fs.apply(0, entry("short", EntryType::kSymlink, deep)));
        uint64_t steps = 0;
        EXPECT_EQ(*fs.resolve("/short/tool", &steps), deep + "/tool");
        return steps;
      },
      1000);
}

TEST(FilesystemCost, LoopsOfLongLinksStopAtTheLinkLimit) {
  expect_linear(
      [](std::size_t n) {
        Filesystem fs(roomy());
        // Each link climbs back with n ".." and names the other: a loop whose every step is long.
        EXPECT_TRUE(fs.apply(0, entry("l/a", EntryType::kSymlink, repeat("../", n) + "l/b")));
        EXPECT_TRUE(fs.apply(0, entry("l/b", EntryType::kSymlink, repeat("./", n) + "a")));
        uint64_t steps = 0;
        auto resolved = fs.resolve("/l/a", &steps);
        EXPECT_FALSE(resolved);
        if (!resolved) {
          EXPECT_NE(resolved.error().message.find("symlink loop"), std::string::npos);
        }
        EXPECT_LT(steps, 41 * (n + 3));
        return steps;
      },
      1000);
}

TEST(FilesystemLimits, NamesAndLinkTargetsPastTheCapAreRefused) {
  FilesystemLimits limits;
  limits.max_path_bytes = 64;
  Filesystem fs(limits);
  EXPECT_TRUE(fs.apply(0, entry(repeat("a", 64))));
  auto name = fs.apply(0, entry(repeat("a", 65)));
  ASSERT_FALSE(name);
  EXPECT_EQ(name.error().message, "name is 65 bytes, over the 64 byte limit (max_path_bytes)");
  auto link = fs.apply(0, entry("l", EntryType::kSymlink, repeat("b/", 40)));
  ASSERT_FALSE(link);
  EXPECT_EQ(link.error().message, "link target of 'l' is 80 bytes, over the 64 byte limit (max_path_bytes)");
  EXPECT_EQ(fs.path_count(), 1u);
}

TEST(FilesystemLimits, PathsAndEntriesPastTheCapAreRefused) {
  FilesystemLimits limits;
  limits.max_paths = 10;
  Filesystem paths(limits);
  for (int i = 0; i < 4; ++i) ASSERT_TRUE(paths.apply(0, entry("d/e/f" + std::to_string(i))));
  auto deep = paths.apply(0, entry("x/y/z/w/v/u/t"));
  ASSERT_FALSE(deep) << "implied directories count";
  EXPECT_EQ(deep.error().message, "more than 10 paths in the image (the max_paths limit)");

  limits = {};
  limits.max_versions = 3;
  Filesystem versions(limits);
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(versions.apply(static_cast<uint32_t>(i), entry("same")));
  auto again = versions.apply(3, entry("same"));
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().message, "more than 3 entries over all layers (the max_versions limit)");
}

TEST(FilesystemLimits, SharedDirectoriesAreStoredOnce) {
  // Paths share their directories: 1000 files under one 2000-byte directory name chain add
  // 1000 paths, not 1000 copies of the chain.
  Filesystem fs;
  std::string dir = repeat("abcdefghi/", 200);
  for (int i = 0; i < 1000; ++i) ASSERT_TRUE(fs.apply(0, entry(dir + std::to_string(i))));
  uint64_t before = fs.apply_steps();
  ASSERT_TRUE(fs.apply(0, entry(dir + "last")));
  EXPECT_EQ(fs.path_count(), 1001u);
  EXPECT_NE(fs.current(dir + "999"), nullptr);
  EXPECT_LT(fs.apply_steps() - before, 205u) << "one new name, the rest found";
}

}  // namespace
}  // namespace plimsoll::image
