#include "rules/context/git_ignored.h"

#include <gtest/gtest.h>

#include "util/memory_filesystem.h"

namespace plimsoll::rules {
namespace {

TEST(GitIgnored, PatternsAnchorAsGitAnchorsThem) {
  util::MemoryFilesystem files;
  files.add_file(".gitignore", "# outputs\n/whoami\ndist/\n*.log\n!keep.log\nbuild/out\n");
  files.add_file("web/.gitignore", "generated.css\n");
  EXPECT_TRUE(git_ignores(files, ".", "whoami"));
  EXPECT_FALSE(git_ignores(files, ".", "cmd/whoami"));  // `/whoami` is anchored to the root
  EXPECT_TRUE(git_ignores(files, ".", "dist/app"));
  EXPECT_TRUE(git_ignores(files, ".", "web/dist/app"));  // no slash before the end: any depth
  EXPECT_TRUE(git_ignores(files, ".", "logs/x.log"));
  EXPECT_TRUE(git_ignores(files, ".", "build/out"));
  EXPECT_FALSE(git_ignores(files, ".", "src/build/out"));
  EXPECT_TRUE(git_ignores(files, ".", "web/generated.css"));
  EXPECT_FALSE(git_ignores(files, ".", "generated.css"));  // web/.gitignore covers web/ only
  EXPECT_FALSE(git_ignores(files, ".", "app.go"));
}

// One instance answers many questions as the functions do, with each file parsed once: a file
// changed after it was first read is not read again within the run.
TEST(GitIgnored, OneProjectsFilesAreReadOnce) {
  util::MemoryFilesystem files;
  files.add_file(".gitignore", "dist/\n");
  files.add_file("web/.gitignore", "generated.css\n");
  GitIgnoreFiles ignores(files, ".");
  EXPECT_TRUE(ignores.ignores("dist/app"));
  EXPECT_TRUE(ignores.ignores("web/generated.css"));
  EXPECT_FALSE(ignores.ignores("web/app.css"));
  EXPECT_TRUE(ignores.ignores_contents("web/dist"));
  files.add_file("web/.gitignore", "app.css\n");
  EXPECT_FALSE(ignores.ignores("web/app.css"));
  EXPECT_TRUE(git_ignores(files, ".", "web/app.css"));
}

TEST(GitIgnored, ContentsOfADirectory) {
  util::MemoryFilesystem files;
  files.add_file("tools/push/.gitignore", "build/*\nbin/*.exe\n");
  EXPECT_FALSE(git_ignores(files, ".", "tools/push/build"));  // the pattern names what is inside
  EXPECT_TRUE(git_ignores_contents(files, ".", "tools/push/build"));
  EXPECT_FALSE(git_ignores_contents(files, ".", "tools/push/bin"));  // only some names in it
  EXPECT_FALSE(git_ignores_contents(files, ".", "tools/push/src"));
}

TEST(GitIgnored, NothingOutsideTheRootOrWithoutAFile) {
  util::MemoryFilesystem files;
  files.add_file("app/main.go", "package main\n");
  EXPECT_FALSE(git_ignores(files, ".", "app/main.go"));
  files.add_file("project/.gitignore", "*\n");
  EXPECT_FALSE(git_ignores(files, "project", "other/file"));
  EXPECT_FALSE(git_ignores(files, "project", "project"));
  EXPECT_TRUE(git_ignores(files, "project", "project/file"));
}

}  // namespace
}  // namespace plimsoll::rules
