#include "init/write_plan.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

#include "util/file_io.h"

namespace plimsoll::init {
namespace {

namespace fs = std::filesystem;

class WritePlan : public testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("plimsoll-write-plan-" + std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }
  void write(const std::string& path, const std::string& text) { std::ofstream(root_ / path) << text; }
  fs::path root_;
};

TEST_F(WritePlan, NewSameConflictAndAppend) {
  write("same", "x\n");
  write("other", "mine\n");
  write(".gitignore", "build/\n.env*\n");
  auto plan = plan_writes(root_, {{"new", "n\n"}, {"same", "x\n"}, {"other", "theirs\n"}, {".gitignore", "# init\n.env*\n!*.example\n", true}});
  ASSERT_EQ(plan.size(), 4u);
  EXPECT_EQ(plan[0].state, PlannedWrite::State::kNew);
  EXPECT_EQ(plan[1].state, PlannedWrite::State::kUnchanged);
  EXPECT_EQ(plan[2].state, PlannedWrite::State::kConflict);
  EXPECT_EQ(plan[2].existing, "mine\n");
  EXPECT_EQ(plan[3].state, PlannedWrite::State::kAppend);
  EXPECT_EQ(plan[3].content, "build/\n.env*\n\n# init\n!*.example\n");
}

TEST_F(WritePlan, AppendWithNothingMissingIsUnchanged) {
  write(".gitignore", ".env*\n");
  auto plan = plan_writes(root_, {{".gitignore", ".env*\n", true}});
  EXPECT_EQ(plan[0].state, PlannedWrite::State::kUnchanged);
}

TEST_F(WritePlan, AtomicWriteCreatesDirectoriesAndReplaces) {
  ASSERT_TRUE(write_atomically(root_ / "a/b/file", "one\n"));
  ASSERT_TRUE(write_atomically(root_ / "a/b/file", "two\n"));
  EXPECT_EQ(*util::read_file((root_ / "a/b/file").string()), "two\n");
  std::size_t entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(root_ / "a/b")) ++entries;
  EXPECT_EQ(entries, 1u) << "no temporary file is left behind";
}

TEST_F(WritePlan, UnwritableDirectoryIsAnErrorNamingThePath) {
  write("blocker", "a file, not a directory\n");
  auto result = write_atomically(root_ / "blocker/file", "x");
  ASSERT_FALSE(result);
  EXPECT_NE(result.error().message.find("blocker"), std::string::npos);
}

}  // namespace
}  // namespace plimsoll::init
