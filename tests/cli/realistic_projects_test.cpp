// Small projects in the shapes real repositories have (tests/projects/<name>/), each checked as
// a fresh clone of its own repository would be, with every finding `check` prints kept in
// tests/projects/<name>.snap. A snapshot holds the complete output, so a finding that appears,
// disappears or changes its position, severity or wording fails the test and is reviewed in the
// diff. PLIMSOLL_UPDATE_SNAPSHOTS=1 rewrites the snapshots instead of comparing.
#include <git2.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli_harness.h"

namespace {

namespace fs = std::filesystem;
using plimsoll::testing_cli::run;

fs::path projects_dir() { return fs::path(PLIMSOLL_SOURCE_DIR) / "tests" / "projects"; }

std::vector<std::string> project_names() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(projects_dir())) {
    if (entry.is_directory()) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

bool updating() {
  const char* value = std::getenv("PLIMSOLL_UPDATE_SNAPSHOTS");
  return value != nullptr && std::string(value) == "1";
}

// The project as a clone sees it: its own repository (so the project root, the configuration
// search and the git status of env files are the project's, not this source tree's) with every
// file committed to the index, ignored ones included, as they are in this source tree.
class RealisticProject : public testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    git_libgit2_init();
    clone_ = fs::temp_directory_path() / ("plimsoll-realistic-" + std::to_string(::getpid()) + "-" + GetParam());
    fs::remove_all(clone_);
    fs::copy(projects_dir() / GetParam(), clone_, fs::copy_options::recursive | fs::copy_options::copy_symlinks);
    git_repository* repo = nullptr;
    ASSERT_EQ(git_repository_init(&repo, clone_.c_str(), 0), 0);
    git_index* index = nullptr;
    ASSERT_EQ(git_repository_index(&index, repo), 0);
    const char* everything = "*";
    git_strarray paths{const_cast<char**>(&everything), 1};
    EXPECT_EQ(git_index_add_all(index, &paths, GIT_INDEX_ADD_FORCE, nullptr, nullptr), 0);
    EXPECT_EQ(git_index_write(index), 0);
    git_index_free(index);
    git_repository_free(repo);
  }
  void TearDown() override {
    fs::remove_all(clone_);
    git_libgit2_shutdown();
  }
  fs::path clone_;
};

TEST_P(RealisticProject, FindingsMatchTheSnapshot) {
  auto checked = run("check --format text --fail-on none .", "cd '" + clone_.string() + "' && NO_COLOR=1");
  ASSERT_EQ(checked.exit_code, 0) << checked.out;
  fs::path snapshot = projects_dir() / (GetParam() + ".snap");
  if (updating()) {
    std::ofstream(snapshot, std::ios::binary) << checked.out;
    return;
  }
  ASSERT_TRUE(fs::exists(snapshot)) << snapshot << " is missing; run with PLIMSOLL_UPDATE_SNAPSHOTS=1 and review it";
  EXPECT_EQ(checked.out, read_file(snapshot)) << "in " << GetParam();
}

INSTANTIATE_TEST_SUITE_P(Projects, RealisticProject, testing::ValuesIn(project_names()),
                         [](const testing::TestParamInfo<std::string>& param) {
                           std::string name = param.param;
                           for (char& c : name) {
                             if (c == '-') c = '_';
                           }
                           return name;
                         });

TEST(RealisticProjects, EveryProjectHasASnapshotAndEverySnapshotAProject) {
  std::vector<std::string> names = project_names();
  EXPECT_GE(names.size(), 10u);
  for (const auto& entry : fs::directory_iterator(projects_dir())) {
    if (entry.path().extension() != ".snap") continue;
    std::string stem = entry.path().stem().string();
    EXPECT_TRUE(fs::is_directory(projects_dir() / stem)) << entry.path() << " has no project";
  }
}

}  // namespace
