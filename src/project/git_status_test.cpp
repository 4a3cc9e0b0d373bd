#include "project/git_status.h"

#include <gtest/gtest.h>
#include <git2.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace plimsoll::project {
namespace {

namespace fs = std::filesystem;

// A real repository made with libgit2: `.gitignore` ignores `.env*` but not the example, and
// `.env.leaked` is added to the index.
class GitStatusTest : public testing::Test {
 protected:
  void SetUp() override {
    git_libgit2_init();
    root_ = fs::temp_directory_path() / ("plimsoll-git-" + std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_ / "app");
    write(".gitignore", ".env*\n!*.example\n");
    write("app/.env", "A=1\n");
    write("app/.env.example", "A=\n");
    write(".env.leaked", "A=1\n");
    git_repository* repo = nullptr;
    ASSERT_EQ(git_repository_init(&repo, root_.c_str(), 0), 0);
    git_index* index = nullptr;
    ASSERT_EQ(git_repository_index(&index, repo), 0);
    ASSERT_EQ(git_index_add_bypath(index, ".env.leaked"), 0);
    ASSERT_EQ(git_index_add_bypath(index, "app/.env.example"), 0);
    ASSERT_EQ(git_index_write(index), 0);
    git_index_free(index);
    git_repository_free(repo);
  }
  void TearDown() override { fs::remove_all(root_); }
  void write(const std::string& rel, const std::string& text) { std::ofstream(root_ / rel) << text; }
  fs::path root_;
};

TEST_F(GitStatusTest, TrackedAndIgnoredFiles) {
  auto git = GitStatus::open((root_ / "app").string());
  ASSERT_NE(git, nullptr);
  EXPECT_TRUE(git->is_tracked((root_ / ".env.leaked").string()));
  EXPECT_TRUE(git->is_tracked((root_ / "app/.env.example").string()));
  EXPECT_FALSE(git->is_tracked((root_ / "app/.env").string()));
  EXPECT_TRUE(git->is_ignored((root_ / "app/.env").string()));
  EXPECT_FALSE(git->is_ignored((root_ / "app/.env.example").string()));
  EXPECT_FALSE(git->is_tracked("/nonexistent/elsewhere/.env"));
}

// A repository that is there but cannot be read must say so: without it a committed env file
// would silently count as local.
TEST_F(GitStatusTest, AnUnreadableRepositoryIsAnErrorNotSilence) {
  std::ofstream(root_ / ".git" / "config", std::ios::app) << "[core\n";
  std::string error;
  EXPECT_EQ(GitStatus::open((root_ / "app").string(), &error), nullptr);
  EXPECT_NE(error.find(root_.string() + "/app: the git repository cannot be opened: "), std::string::npos) << error;
  EXPECT_NE(error.find(".git/config"), std::string::npos) << error;
}

TEST(GitStatus, NoRepositoryIsNull) {
  std::string error;
  EXPECT_EQ(GitStatus::open("/", &error), nullptr);
  EXPECT_EQ(error, "");
}

}  // namespace
}  // namespace plimsoll::project
