#include "dockerignore/context_files.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "util/memory_filesystem.h"

namespace plimsoll::dockerignore {
namespace {

TEST(ContextFiles, DockerfileSpecificIgnoreWins) {
  util::MemoryFilesystem files;
  files.add_file("ctx/.dockerignore");
  files.add_file("ctx/build/app.Dockerfile.dockerignore");
  files.add_dir("elsewhere/.dockerignore");
  auto chosen = choose_ignore_file("ctx", "ctx/build/app.Dockerfile", files);
  ASSERT_TRUE(chosen);
  EXPECT_EQ(chosen->path, "ctx/build/app.Dockerfile.dockerignore");
  EXPECT_TRUE(chosen->dockerfile_specific);
  chosen = choose_ignore_file("ctx/", "ctx/Dockerfile", files);
  ASSERT_TRUE(chosen);
  EXPECT_EQ(chosen->path, "ctx/.dockerignore");
  EXPECT_FALSE(chosen->dockerfile_specific);
  EXPECT_FALSE(choose_ignore_file("elsewhere", "Dockerfile", files)) << "a directory is no ignore file";
}

util::MemoryFilesystem sample() {
  util::MemoryFilesystem t;
  t.add_file("Dockerfile", "FROM scratch\n");
  t.add_file("src/main.go");
  t.add_file("src/gen/x.pb.go");
  t.add_file("node_modules/a/index.js");
  t.add_file("node_modules/keep/k.js");
  t.add_symlink("link");
  t.add_dir("empty");
  return t;
}

TEST(ContextFiles, WalkKeepsIncludedAndSkipsDeadSubtrees) {
  util::MemoryFilesystem t = sample();
  WalkResult r = walk_context(t, ".", Matcher({"node_modules", "src/gen", "link"}));
  EXPECT_EQ(r.files, (std::vector<std::string>{"Dockerfile", "src/main.go"}));
  EXPECT_EQ(r.directories_skipped, 2u);
  EXPECT_FALSE(r.truncated);

  r = walk_context(t, ".", Matcher({"node_modules", "!node_modules/keep"}));
  EXPECT_EQ(r.files, (std::vector<std::string>{"Dockerfile", "link", "node_modules/keep/k.js",
                                               "src/gen/x.pb.go", "src/main.go"}));
}

TEST(ContextFiles, WalkIsBoundedAndReportsProblems) {
  util::MemoryFilesystem t = sample();
  WalkResult r = walk_context(t, ".", Matcher({}), WalkOptions{3});
  EXPECT_TRUE(r.truncated);
  EXPECT_EQ(r.entries_seen, 3u);
  t.make_unreadable("src");
  r = walk_context(t, ".", Matcher({}));
  EXPECT_EQ(r.unreadable, std::vector<std::string>{"src"});
  r = walk_context(t, ".", Matcher({"[Local-Only]"}));
  EXPECT_EQ(r.error, PatternError::kBadPattern);
}

TEST(ContextFiles, WalkOfAContextBelowTheRootHasRelativePaths) {
  util::MemoryFilesystem t;
  t.add_file("app/ctx/src/main.go");
  t.add_file("app/ctx/.git/HEAD");
  t.add_file("app/other.txt");
  WalkResult r = walk_context(t, "app/ctx", Matcher({".git"}));
  EXPECT_EQ(r.files, (std::vector<std::string>{"src/main.go"}));
  t.make_unreadable("app/ctx/src");
  r = walk_context(t, "./app/ctx/", Matcher({}));
  EXPECT_EQ(r.unreadable, std::vector<std::string>{"src"});
}

TEST(ContextFiles, DiskWalkDoesNotFollowLinks) {
  namespace fs = std::filesystem;
  fs::path root =
      fs::temp_directory_path() /
      ("plimsoll_di_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
  fs::remove_all(root);
  fs::create_directories(root / "d");
  std::ofstream(root / "d" / "f.txt") << "hello";
  fs::create_directory_symlink(root / "d", root / "ln");
  WalkResult r = walk_context(util::disk(), root.string(), Matcher({}));
  EXPECT_EQ(r.files, (std::vector<std::string>{"d/f.txt", "ln"}));
  fs::remove_all(root);
}

// `dirs` directories of 50 files each, and one pattern per directory naming it (as
// `src/dN/**/nomatchN*` does): each path is asked only the patterns of its own directories.
WalkResult walk_with_a_pattern_per_directory(std::size_t dirs) {
  util::MemoryFilesystem t;
  std::vector<std::string> patterns;
  for (std::size_t d = 0; d < dirs; ++d) {
    for (int f = 0; f < 50; ++f) t.add_file("src/d" + std::to_string(d) + "/f" + std::to_string(f));
    patterns.push_back("src/d" + std::to_string(d) + "/**/nomatch" + std::to_string(d) + "*");
  }
  patterns.push_back("src/d0/f1");
  patterns.push_back("**/f2");
  return walk_context(t, ".", Matcher(patterns));
}

TEST(ContextFiles, PatternsTimesEntriesStaysLinearWhenPatternsNameDirectories) {
  WalkResult small = walk_with_a_pattern_per_directory(200);
  WalkResult large = walk_with_a_pattern_per_directory(400);
  EXPECT_EQ(small.files.size(), 200u * 49u - 1u);  // every f2 and src/d0/f1 are excluded
  EXPECT_EQ(large.files.size(), 400u * 49u - 1u);
  EXPECT_GT(small.pattern_work, 0u);
  EXPECT_LT(large.pattern_work, 3 * small.pattern_work);
}

TEST(ContextFiles, WalkStopsAtThePatternWorkLimit) {
  util::MemoryFilesystem t;
  std::vector<std::string> patterns;
  for (int i = 0; i < 1000; ++i) {
    t.add_file("f" + std::to_string(i));
    patterns.push_back("**/nomatch" + std::to_string(i) + "*");  // no directory to file it under
  }
  WalkOptions options;
  options.max_pattern_work = 100'000;
  WalkResult r = walk_context(t, ".", Matcher(patterns), options);
  EXPECT_TRUE(r.truncated);
  EXPECT_LT(r.files.size(), 1000u);
  EXPECT_LE(r.pattern_work, options.max_pattern_work + 1000 + 1);
}

}  // namespace
}  // namespace plimsoll::dockerignore
