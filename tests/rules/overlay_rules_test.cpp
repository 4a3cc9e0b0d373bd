// Project rules see the project through its filesystem seam: a file that exists only as an
// editor's unsaved buffer (an overlay) is present for them, as it is for the project loader.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "project/project.h"
#include "rules/compose/compose_rules.h"
#include "rules/context/context_rules.h"
#include "rules/project_engine.h"

namespace plimsoll::rules {
namespace {

namespace fs = std::filesystem;

class OverlayRules : public testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("plimsoll-overlay-rules-" + std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_);
    write("compose.yaml", "services:\n  web:\n    build: .\n    env_file: .env.local\n");
    write("Dockerfile", "FROM scratch\nCOPY app.py /app/\nCOPY src/*.py /app/\n");
  }
  void TearDown() override { fs::remove_all(root_); }
  void write(const std::string& relative, const std::string& text) { std::ofstream(root_ / relative) << text; }
  std::string at(const std::string& relative) const { return (root_ / relative).generic_string(); }

  std::vector<ProjectFinding> check(const Rule& rule, const std::map<std::string, std::string, std::less<>>& overlays) {
    project::ProjectInput input;
    input.root = root_.generic_string();
    input.files = {at("Dockerfile"), at("compose.yaml")};
    input.overlays = overlays;
    project::Project loaded = project::load_project(input);
    RuleSettings settings;
    SettingsFor settings_for = [&](std::string_view) -> const RuleSettings& { return settings; };
    return check_project(loaded, {&rule}, settings_for);
  }
  fs::path root_;
};

TEST_F(OverlayRules, AnUnsavedEnvFileIsNotMissing) {
  auto on_disk = check(dc011_env_file_missing(), {});
  ASSERT_EQ(on_disk.size(), 1u);
  EXPECT_NE(on_disk[0].finding.message.find(".env.local"), std::string::npos) << on_disk[0].finding.message;
  EXPECT_TRUE(check(dc011_env_file_missing(), {{at(".env.local"), "TOKEN=x\n"}}).empty());
}

TEST_F(OverlayRules, UnsavedCopySourcesAreInTheContext) {
  auto on_disk = check(di005_copy_source_missing(), {});
  ASSERT_EQ(on_disk.size(), 2u) << "the plain path and the glob";
  auto findings = check(di005_copy_source_missing(), {{at("app.py"), "print()\n"}, {at("src/main.py"), "print()\n"}});
  EXPECT_TRUE(findings.empty()) << findings.front().finding.message;
}

}  // namespace
}  // namespace plimsoll::rules
