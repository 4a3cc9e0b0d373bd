#include "lsp/linter.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "lsp/diagnostics.h"
#include "lsp/server_test_support.h"

namespace plimsoll::lsp {
namespace {

using ::testing::Contains;
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

TEST_F(LinterTest, ProjectRootIsTheRepositoryOrConfigAroundTheFile) {
  std::filesystem::remove_all(root_ / ".git");  // the fixture's
  write("compose/compose.dev.yaml", "services: {}\n");
  // No repository or configuration: the layout directory's parent.
  EXPECT_EQ(project_root_of(path("compose/compose.dev.yaml")), root_.string());
  write("deep/nested/Dockerfile", "FROM x\n");
  EXPECT_EQ(project_root_of(path("deep/nested/Dockerfile")), path("deep/nested"));
  write(".plimsoll.yaml", "profile: default\n");
  EXPECT_EQ(project_root_of(path("deep/nested/Dockerfile")), root_.string());
  std::filesystem::create_directories(root_ / "deep" / ".git");
  EXPECT_EQ(project_root_of(path("deep/nested/Dockerfile")), path("deep"));
}

TEST_F(LinterTest, ADockerfileIsCheckedWithTheProjectRules) {
  // DI001 (no .dockerignore beside the build) is a project rule: the editor shows it as check does.
  write(".plimsoll.yaml", "profile: default\n");
  LintResult r = linter_.lint(path("Dockerfile"), "FROM debian:bookworm\n", "dockerfile");
  EXPECT_THAT(ids(r), Contains("DI001"));
  write(".dockerignore", "*\n");
  linter_.forget_configs();
  EXPECT_THAT(ids(linter_.lint(path("Dockerfile"), "FROM debian:bookworm\n", "dockerfile")), Not(Contains("DI001")));
}

TEST_F(LinterTest, OtherOpenBuffersReplaceTheirFilesOnDisk) {
  std::string compose = "services:\n  api:\n    image: ghcr.io/acme/api:${TAG}\n";
  write("compose.yaml", compose);
  write(".env", "OTHER=1\n");
  LintResult on_disk = linter_.lint(path("compose.yaml"), compose, "yaml");
  EXPECT_TRUE(on_disk.linted);
  EXPECT_THAT(ids(on_disk), Contains("DC018"));
  LintResult with_buffer =
      linter_.lint(path("compose.yaml"), compose, "yaml",
                    std::make_shared<const OpenBuffers>(OpenBuffers{
                        {path(".env"), std::make_shared<const std::string>("TAG=1.2.3\n")}}));
  EXPECT_THAT(ids(with_buffer), Not(Contains("DC018")));
}

TEST_F(LinterTest, FindingsOfOtherFilesAreLeftOut) {
  write("Dockerfile", "FROM debian:bookworm\n");
  std::string env = "APP NAME=shop\n";
  LintResult r = linter_.lint(path(".env"), env, "");
  for (const auto& f : r.findings) EXPECT_EQ(f.rule_id.substr(0, 2), "EN");
  EXPECT_EQ(r.source->text(), env);
}

TEST_F(LinterTest, AComposeFileOfAnyNameIsCheckedByItsContent) {
  std::string stack = "services:\n  web:\n    image: nginx:latest\n";
  LintResult by_content = linter_.lint(path("deploy/stack.yml"), stack, "yaml");
  EXPECT_TRUE(by_content.linted);
  EXPECT_THAT(ids(by_content), Contains("DC002"));
  EXPECT_THAT(ids(linter_.lint(path("deploy/any-name"), stack, "dockercompose")), Contains("DC002"))
      << "the editor's language says compose";
  LintResult workflow = linter_.lint(path("ci/pipeline.yml"), "jobs:\n  test:\n    services:\n      db: {}\n", "yaml");
  EXPECT_FALSE(workflow.linted) << "YAML that is not compose is left alone";
  EXPECT_FALSE(linter_.lint(path("deploy/stack.yml.tmpl"), stack, "yaml").linted) << "a template is not checked";
}

TEST(Diagnostics, NotesFollowTheMessage) {
  core::SourceFile source("Dockerfile", "FROM debian:bookworm\n");
  core::Finding finding;
  finding.rule_id = "DI005";
  finding.message = "COPY source `x` is not in the build context";
  finding.notes = {"context `/p` from /p/docker-bake.hcl:1"};
  EXPECT_EQ(diagnostic_json(source, finding)["message"],
            "COPY source `x` is not in the build context\nnote: context `/p` from /p/docker-bake.hcl:1");
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

// The editor reads the profile from the configuration as check does: `strict` adds the house
// conventions that `default` leaves out, and re-grades nothing the catalogue grades.
TEST_F(LinterTest, TheStrictProfileOfTheConfigurationApplies) {
  std::string dockerfile = "FROM debian:bookworm\nUSER root\n";
  write(".plimsoll.yaml", "profile: default\n");
  LintResult portable = linter_.lint(path("Dockerfile"), dockerfile, "dockerfile");
  EXPECT_THAT(ids(portable), Not(Contains("DF060")));
  for (const auto& f : portable.findings) {
    if (f.rule_id == "DF010") {
      EXPECT_EQ(f.severity, core::Severity::kWarning);
    }
  }
  write(".plimsoll.yaml", "profile: strict\n");
  linter_.forget_configs();
  LintResult strict = linter_.lint(path("Dockerfile"), dockerfile, "dockerfile");
  EXPECT_THAT(ids(strict), Contains("DF060"));
  EXPECT_THAT(ids(strict), Contains("DF010"));
  for (const auto& f : strict.findings) {
    if (f.rule_id == "DF010") {
      EXPECT_EQ(f.severity, core::Severity::kError);
    }
  }
}

}  // namespace
}  // namespace plimsoll::lsp
