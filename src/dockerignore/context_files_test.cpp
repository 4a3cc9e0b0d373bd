#include "dockerignore/context_files.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

namespace plimsoll::dockerignore {
namespace {

TEST(ContextFiles, DockerfileSpecificIgnoreWins) {
  std::set<std::string> present = {"ctx/.dockerignore", "ctx/build/app.Dockerfile.dockerignore"};
  auto exists = [&](const std::string& p) { return present.count(p) != 0; };
  auto chosen = choose_ignore_file("ctx", "ctx/build/app.Dockerfile", exists);
  ASSERT_TRUE(chosen);
  EXPECT_EQ(chosen->path, "ctx/build/app.Dockerfile.dockerignore");
  EXPECT_TRUE(chosen->dockerfile_specific);
  chosen = choose_ignore_file("ctx/", "ctx/Dockerfile", exists);
  ASSERT_TRUE(chosen);
  EXPECT_EQ(chosen->path, "ctx/.dockerignore");
  EXPECT_FALSE(chosen->dockerfile_specific);
  EXPECT_FALSE(choose_ignore_file("elsewhere", "Dockerfile", exists));
}

MemoryTree sample() {
  MemoryTree t;
  t.add_file("Dockerfile", 10);
  t.add_file("src/main.go");
  t.add_file("src/gen/x.pb.go");
  t.add_file("node_modules/a/index.js");
  t.add_file("node_modules/keep/k.js");
  t.add_symlink("link");
  t.add_dir("empty");
  return t;
}

TEST(ContextFiles, WalkKeepsIncludedAndSkipsDeadSubtrees) {
  MemoryTree t = sample();
  WalkResult r = walk_context(t, Matcher({"node_modules", "src/gen", "link"}));
  EXPECT_EQ(r.files, (std::vector<std::string>{"Dockerfile", "src/main.go"}));
  EXPECT_EQ(r.directories_skipped, 2u);
  EXPECT_FALSE(r.truncated);

  r = walk_context(t, Matcher({"node_modules", "!node_modules/keep"}));
  EXPECT_EQ(r.files, (std::vector<std::string>{"Dockerfile", "link", "node_modules/keep/k.js",
                                               "src/gen/x.pb.go", "src/main.go"}));
}

TEST(ContextFiles, WalkIsBoundedAndReportsProblems) {
  MemoryTree t = sample();
  WalkResult r = walk_context(t, Matcher({}), WalkOptions{3});
  EXPECT_TRUE(r.truncated);
  EXPECT_EQ(r.entries_seen, 3u);
  t.make_unreadable("src");
  r = walk_context(t, Matcher({}));
  EXPECT_EQ(r.unreadable, std::vector<std::string>{"src"});
  r = walk_context(t, Matcher({"[Local-Only]"}));
  EXPECT_EQ(r.error, PatternError::kBadPattern);
}

TEST(ContextFiles, FilesystemTreeDoesNotFollowLinks) {
  namespace fs = std::filesystem;
  fs::path root =
      fs::temp_directory_path() /
      ("plimsoll_di_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
  fs::remove_all(root);
  fs::create_directories(root / "d");
  std::ofstream(root / "d" / "f.txt") << "hello";
  fs::create_directory_symlink(root / "d", root / "ln");
  FilesystemTree tree(root);
  auto top = tree.list("");
  ASSERT_TRUE(top);
  ASSERT_EQ(top->size(), 2u);
  EXPECT_EQ((*top)[0], (TreeEntry{"d", true, false, 0}));
  EXPECT_EQ((*top)[1], (TreeEntry{"ln", false, true, 0}));
  auto inner = tree.list("d");
  ASSERT_TRUE(inner);
  EXPECT_EQ((*inner)[0].size, 5u);
  EXPECT_FALSE(tree.list("missing"));
  WalkResult r = walk_context(tree, Matcher({}));
  EXPECT_EQ(r.files, (std::vector<std::string>{"d/f.txt", "ln"}));
  fs::remove_all(root);
}

}  // namespace
}  // namespace plimsoll::dockerignore
