// Project rules see the project through its filesystem seam: a file that exists only as an
// editor's unsaved buffer (an overlay) is present for them, as it is for the project loader.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "rules/registry.h"
#include "session/session.h"

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

  // The findings of one rule, through the check session as the editor runs it.
  std::vector<core::Finding> check(std::string_view id, const std::map<std::string, std::string, std::less<>>& overlays) {
    session::Request request;
    request.root = root_.generic_string();
    request.project_files = {at("Dockerfile"), at("compose.yaml")};
    request.overlays = overlays;
    request.rules = {find_rule(id)};
    std::vector<core::Finding> out;
    for (auto& report : session::check(request)) {
      for (auto& f : report.findings) out.push_back(std::move(f));
    }
    return out;
  }
  fs::path root_;
};

TEST_F(OverlayRules, AnUnsavedEnvFileIsNotMissing) {
  auto on_disk = check("DC011", {});
  ASSERT_EQ(on_disk.size(), 1u);
  EXPECT_NE(on_disk[0].message.find(".env.local"), std::string::npos) << on_disk[0].message;
  EXPECT_TRUE(check("DC011", {{at(".env.local"), "TOKEN=x\n"}}).empty());
}

TEST_F(OverlayRules, UnsavedCopySourcesAreInTheContext) {
  auto on_disk = check("DI005", {});
  ASSERT_EQ(on_disk.size(), 2u) << "the plain path and the glob";
  auto findings = check("DI005", {{at("app.py"), "print()\n"}, {at("src/main.py"), "print()\n"}});
  EXPECT_TRUE(findings.empty()) << findings.front().message;
}

}  // namespace
}  // namespace plimsoll::rules
