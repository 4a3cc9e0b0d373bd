#include "init/write_plan.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>


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

TEST_F(WritePlan, SymlinksAreRefusedAndNeverRead) {
  fs::path outside = root_.string() + "-outside";
  fs::create_directories(outside);
  std::ofstream(outside / "secret") << "TOKEN=outside-secret\n";
  fs::create_symlink(outside / "secret", root_ / ".gitignore");
  fs::create_directory_symlink(outside, root_ / "compose");
  auto plan = plan_writes(root_, {{".gitignore", ".env*\n", true}, {"compose/docker-compose.dev.yml", "services: {}\n"}, {"Makefile", "all:\n"}});
  fs::remove_all(outside);
  ASSERT_EQ(plan.size(), 3u);
  for (int i : {0, 1}) {
    EXPECT_EQ(plan[i].state, PlannedWrite::State::kRefused) << plan[i].path;
    EXPECT_NE(plan[i].refusal.find("symlink"), std::string::npos);
    EXPECT_EQ(plan[i].existing, "") << "nothing is read through a link";
    EXPECT_EQ(plan[i].content.find("outside-secret"), std::string::npos);
  }
  EXPECT_EQ(plan[2].state, PlannedWrite::State::kNew);
}

}  // namespace
}  // namespace plimsoll::init
