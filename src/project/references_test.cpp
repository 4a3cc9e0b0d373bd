#include "project/references.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace plimsoll::project {
namespace {

namespace fs = std::filesystem;

// outside/ holds what an attacker would like printed; repo/ is the project, confined to itself.
class ReferencesTest : public testing::Test {
 protected:
  void SetUp() override {
    top_ = fs::temp_directory_path() / ("plimsoll-refs-" + std::to_string(::getpid()) + "-" +
                                        testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(top_);
    fs::create_directories(top_ / "repo");
    write("outside/secret.env", "TOKEN=s3cr3t\n");
    write("outside/compose.yaml", "services:\n  leak:\n    image: s3cr3t\n");
    write("outside/Dockerfile", "FROM s3cr3t\n");
  }
  void TearDown() override { fs::remove_all(top_); }

  std::string write(const std::string& relative, const std::string& text) {
    fs::path path = top_ / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
    return path.generic_string();
  }
  std::string repo() const { return (top_ / "repo").generic_string(); }

  Project load(std::vector<std::string> files, std::map<std::string, std::string> contexts = {}) {
    ProjectInput input;
    input.root = repo();
    input.files = std::move(files);
    input.open_git = false;
    input.build_contexts = std::move(contexts);
    input.base_dir = repo();
    input.confinement = std::make_shared<util::Confinement>(std::vector<std::string>{repo()});
    return load_project(input);
  }

  static bool mentions_secret(const Project& project) {
    auto has = [](const std::string& s) { return s.find("s3cr3t") != std::string::npos; };
    if (std::any_of(project.notices.begin(), project.notices.end(), has)) return true;
    if (std::any_of(project.errors.begin(), project.errors.end(), has)) return true;
    for (const auto& stack : project.stacks) {
      for (const auto& doc : stack.documents) {
        if (doc.source && has(std::string(doc.source->text()))) return true;
      }
      for (const auto& [name, value] : stack.variables) {
        if (has(value)) return true;
      }
    }
    for (const auto& d : project.dockerfiles) {
      if (d.source && has(std::string(d.source->text()))) return true;
    }
    return false;
  }

  fs::path top_;
};

TEST_F(ReferencesTest, AMakefileNamingFilesOutsideIsNotFollowed) {
  std::string outside = (top_ / "outside").generic_string();
  std::string makefile = write("repo/Makefile", "up:\n\tdocker compose -f " + outside + "/compose.yaml --env-file ../outside/secret.env up\n");
  Project project = load({makefile});
  EXPECT_FALSE(mentions_secret(project));
  ASSERT_EQ(project.notices.size(), 2u);
  EXPECT_EQ(project.notices[0], makefile + ":2: docker compose -f `" + outside +
                                    "/compose.yaml`, which leads outside the project root; not read");
  EXPECT_EQ(project.notices[1], makefile + ":2: docker compose --env-file `" + outside +
                                    "/secret.env`, which leads outside the project root; not read");
}

TEST_F(ReferencesTest, ComposeEnvFilesAndBuildsOutsideAreNotFollowed) {
  std::string compose = write("repo/compose.yaml",
                              "services:\n"
                              "  app:\n"
                              "    env_file: ../outside/secret.env\n"
                              "    build:\n"
                              "      context: ../outside\n");
  Project project = load({compose});
  EXPECT_FALSE(mentions_secret(project));
  std::string outside = (top_ / "outside").generic_string();
  EXPECT_EQ(project.notices,
            (std::vector<std::string>{
                compose + ":3:15: env_file `" + outside + "/secret.env`, which leads outside the project root; not read",
                compose + ":5:7: build.context `" + outside + "`, which leads outside the project root; not read",
                compose + ":5:7: build.dockerfile `" + outside +
                    "/Dockerfile`, which leads outside the project root; not read"}));
}

TEST_F(ReferencesTest, ComposeIncludesAndExtendsOutsideAreNotFollowed) {
  std::string outside = (top_ / "outside").generic_string();
  std::string compose = write("repo/compose.yaml",
                              "include:\n"
                              "  - ../outside/compose.yaml\n"
                              "services:\n"
                              "  app:\n"
                              "    extends: {file: ../outside/compose.yaml, service: leak}\n");
  Project project = load({compose});
  EXPECT_FALSE(mentions_secret(project));
  EXPECT_EQ(project.notices,
            (std::vector<std::string>{
                compose + ":2 (include): includes `" + outside + "/compose.yaml`, which leads outside the project root; not read",
                compose + ": service `app`: `extends.file` `" + outside +
                    "/compose.yaml` leads outside the project root; not followed"}));
}

TEST_F(ReferencesTest, ALinkedReferenceIsResolvedBeforeItIsJudged) {
  fs::create_directory_symlink(top_ / "outside", top_ / "repo" / "shared");
  std::string compose = write("repo/compose.yaml", "services:\n  app:\n    image: nginx\n    env_file: shared/secret.env\n");
  Project project = load({compose});
  EXPECT_FALSE(mentions_secret(project));
  ASSERT_EQ(project.notices.size(), 1u);
  EXPECT_NE(project.notices[0].find("env_file `" + repo() + "/shared/secret.env`"), std::string::npos);
}

TEST_F(ReferencesTest, AConfiguredBuildContextOutsideIsNoted) {
  std::string dockerfile = write("repo/Dockerfile", "FROM debian\nCOPY . /app\n");
  Project project = load({dockerfile}, {{"Dockerfile", "../outside"}});
  ASSERT_EQ(project.notices.size(), 1u);
  EXPECT_EQ(project.notices[0], "configuration: `build-contexts` gives `" + dockerfile + "` the context `" +
                                    (top_ / "outside").generic_string() +
                                    "`, which leads outside the project root; not read");
}

// A Makefile whose variables nest into an expansion bomb is read with the variable as written,
// and the run says so instead of quietly reading a different Makefile.
TEST_F(ReferencesTest, AMakefileExpansionLimitIsANotice) {
  std::string text = "V0 = xxxxxxxxxxxxxxxx\n";
  for (int i = 1; i <= 20; ++i) text += "V" + std::to_string(i) + " = $(V" + std::to_string(i - 1) + ")$(V" + std::to_string(i - 1) + ")\n";
  text += "up:\n\tdocker compose -f $(V20).yaml up\n";
  std::string makefile = write("repo/Makefile", text);
  Project project = load({makefile});
  ASSERT_EQ(project.notices.size(), 1u);
  EXPECT_EQ(project.notices[0].rfind(makefile + ": variable `V", 0), 0u) << project.notices[0];
  EXPECT_NE(project.notices[0].find("read as written"), std::string::npos) << project.notices[0];
}

TEST_F(ReferencesTest, ReferencesInsideTheProjectAreFollowedWithoutNotice) {
  write("repo/.env", "TAG=1\n");
  write("repo/api/Dockerfile", "FROM debian\n");
  std::string compose = write("repo/compose.yaml", "services:\n  app:\n    build: ./api\n    env_file: .env\n");
  Project project = load({compose});
  EXPECT_TRUE(project.notices.empty());
  ASSERT_EQ(project.dockerfiles.size(), 1u);  // the built Dockerfile is read
}

}  // namespace
}  // namespace plimsoll::project
