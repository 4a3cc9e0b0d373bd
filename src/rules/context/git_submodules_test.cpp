#include "rules/context/git_submodules.h"

#include <gtest/gtest.h>

#include "util/memory_filesystem.h"

namespace plimsoll::rules {
namespace {

TEST(GitSubmodules, PathsAreReadFromGitmodules) {
  EXPECT_EQ(submodule_paths("[submodule \"api\"]\n\tpath = api\n\turl = git@example.com:a.git\n"
                            "# a comment\n[submodule \"web\"]\n  PATH=\"apps/web\"\n  branch = main\n"),
            (std::vector<std::string>{"api", "apps/web"}));
  EXPECT_TRUE(submodule_paths("").empty());
  EXPECT_TRUE(submodule_paths("[core]\n\tpathx = no\n").empty());
}

TEST(GitSubmodules, OnlyASubmoduleThatIsNotCheckedOutCounts) {
  util::MemoryFilesystem files;
  files.add_file(".gitmodules", "[submodule \"api\"]\n\tpath = api\n[submodule \"front\"]\n\tpath = front\n"
                                "[submodule \"gone\"]\n\tpath = vendor/gone\n[submodule \"out\"]\n\tpath = ../outside\n");
  files.add_dir("api");                      // a fresh clone: the directory is there, empty
  files.add_file("front/package.json", "{}");  // checked out
  GitSubmodules submodules(files, ".");
  EXPECT_EQ(submodules.unpopulated_submodule_of("api/Gemfile"), "api");
  EXPECT_EQ(submodules.unpopulated_submodule_of("./api"), "api");
  EXPECT_EQ(submodules.unpopulated_submodule_of("vendor/gone/lib/x.rb"), "vendor/gone");
  EXPECT_EQ(submodules.unpopulated_submodule_of("front/missing.json"), "");
  EXPECT_EQ(submodules.unpopulated_submodule_of("apiary/x"), "");
  EXPECT_EQ(submodules.unpopulated_submodule_of("Gemfile"), "");
  EXPECT_EQ(GitSubmodules(util::MemoryFilesystem(), ".").unpopulated_submodule_of("api/Gemfile"), "");
}

}  // namespace
}  // namespace plimsoll::rules
