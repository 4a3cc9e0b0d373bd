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

}  // namespace
}  // namespace plimsoll::dockerignore
