#include "lsp/linter.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "lsp/server_test_support.h"

namespace plimsoll::lsp {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::Not;

class LinterTest : public testing_support::ServerTest {
 protected:
  std::string path(const std::string& relative) const { return (root_ / relative).string(); }
  static std::vector<std::string> ids(const LintResult& r) {
    std::vector<std::string> out;
    for (const auto& f : r.findings) out.emplace_back(f.rule_id);
    return out;
  }
  Linter linter_;
};

TEST_F(LinterTest, NeighbourhoodTakesKnownSiblingsAndLayoutDirectories) {
  write("compose/compose.dev.yaml", "services: {}\n");
  write("env/.env.dev", "A=1\n");
  write("docker/Dockerfile", "FROM x\n");
  write("Makefile", "all:\n");
  write("README.md", "text\n");
  write("deep/nested/Dockerfile", "FROM x\n");
  std::vector<std::string> files;
  std::string root = project_neighbourhood(path("compose/compose.dev.yaml"), files);
  EXPECT_EQ(root, root_.string());
  EXPECT_THAT(files, ElementsAre(path("Makefile"), path("compose/compose.dev.yaml"),
                                 path("docker/Dockerfile"), path("env/.env.dev")));
}

TEST_F(LinterTest, AnUnsavedBufferJoinsTheNeighbourhood) {
  std::vector<std::string> files;
  project_neighbourhood(path("compose.yaml"), files);
  EXPECT_THAT(files, ElementsAre(path("compose.yaml")));
}

TEST_F(LinterTest, OtherOpenBuffersReplaceTheirFilesOnDisk) {
  std::string compose = "services:\n  api:\n    image: ghcr.io/acme/api:${TAG}\n";
  write("compose.yaml", compose);
  write(".env", "OTHER=1\n");
  LintResult on_disk = linter_.lint(path("compose.yaml"), compose, "yaml");
  EXPECT_TRUE(on_disk.linted);
  EXPECT_THAT(ids(on_disk), Contains("DC018"));
  LintResult with_buffer =
      linter_.lint(path("compose.yaml"), compose, "yaml", {{path(".env"), "TAG=1.2.3\n"}});
  EXPECT_THAT(ids(with_buffer), Not(Contains("DC018")));
}

TEST_F(LinterTest, FindingsOfOtherFilesAreLeftOut) {
  write("Dockerfile", "FROM debian:bookworm\n");
  std::string env = "APP NAME=shop\n";
  LintResult r = linter_.lint(path(".env"), env, "");
  for (const auto& f : r.findings) EXPECT_EQ(f.rule_id.substr(0, 2), "EN");
  EXPECT_EQ(r.source->text(), env);
}

TEST_F(LinterTest, ConfigIsReloadedWhenItChanges) {
  std::string dockerfile = "FROM debian:bookworm\nRUN apt-get install -y curl\n";
  write(".plimsoll.yaml", "rules:\n  DF030: off\n");
  EXPECT_THAT(ids(linter_.lint(path("Dockerfile"), dockerfile, "")), Not(Contains("DF030")));
  // Same size, so only the modification time tells them apart.
  std::filesystem::last_write_time(
      root_ / ".plimsoll.yaml",
      std::filesystem::last_write_time(root_ / ".plimsoll.yaml") - std::chrono::seconds(5));
  write(".plimsoll.yaml", "rules:\n  DF030: on \n");
  EXPECT_THAT(ids(linter_.lint(path("Dockerfile"), dockerfile, "")), Contains("DF030"));
}

}  // namespace
}  // namespace plimsoll::lsp
