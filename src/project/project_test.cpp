#include "project/project.h"

#include "util/path.h"

#include <git2.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace plimsoll::project {
namespace {

namespace fs = std::filesystem;

class ProjectTest : public testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("plimsoll-project-" + std::to_string(::getpid()) + "-" +
                                         testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

  std::string write(const std::string& relative, const std::string& text) {
    fs::path path = root_ / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
    return path.generic_string();
  }

  fs::path root_;
};

TEST_F(ProjectTest, FilesAreFoundByAnySpellingOfTheirPath) {
  std::string dockerfile = write("api/Dockerfile", "FROM scratch\n");
  std::string env = write("api/.env", "A=1\n");
  ProjectInput input;
  input.root = root_.generic_string();
  input.files = {dockerfile, env};
  input.open_git = false;
  Project project = load_project(input);
  ASSERT_NE(project.dockerfile(root_.generic_string() + "/api/./x/../Dockerfile"), nullptr);
  EXPECT_EQ(project.dockerfile(root_.generic_string() + "/api/./x/../Dockerfile")->path, dockerfile);
  ASSERT_NE(project.env_file(root_.generic_string() + "//api/.env"), nullptr);
  EXPECT_EQ(project.dockerfile(root_.generic_string() + "/web/Dockerfile"), nullptr);
  EXPECT_EQ(project.env_file(dockerfile), nullptr);
}

TEST_F(ProjectTest, TheRepositoryIsOpenedOnlyWhenEnvFilesAreChecked) {
  git_libgit2_init();
  git_repository* repo = nullptr;
  ASSERT_EQ(git_repository_init(&repo, root_.c_str(), 0), 0);
  git_repository_free(repo);
  std::string dockerfile = write("Dockerfile", "FROM scratch\n");
  ProjectInput input;
  input.root = root_.generic_string();
  input.files = {dockerfile};
  EXPECT_EQ(load_project(input).git, nullptr);  // nothing asks about it

  input.files.push_back(write(".env", "A=1\n"));
  EXPECT_NE(load_project(input).git, nullptr);
  git_libgit2_shutdown();
}

TEST_F(ProjectTest, ACacheReusesUnchangedDockerfilesAndReparsesChangedOnes) {
  std::string same = write("a/Dockerfile", "FROM scratch\nUSER 1\n");
  std::string edited = write("b/Dockerfile", "FROM scratch\n");
  std::string buffer = (root_ / "c/Dockerfile").generic_string();
  ParsedCache cache;
  ProjectInput input;
  input.root = root_.generic_string();
  input.dockerfiles = {same, edited, buffer};
  input.overlays[util::normal_path(buffer)] = "FROM alpine\n";
  input.open_git = false;
  input.cache = &cache;

  Project first = load_project(input);
  ASSERT_EQ(first.dockerfiles.size(), 3u);
  std::map<std::string, const core::SourceFile*> sources;
  for (const auto& d : first.dockerfiles) sources[d.path] = d.source.get();
  auto keep_alive = first.dockerfiles[0].source;  // so the address cannot be reused by chance
  auto keep_edited = first.dockerfiles[1].source;
  auto keep_buffer = first.dockerfiles[2].source;
  cache.keep(std::move(first));
  EXPECT_EQ(cache.size(), 3u);

  write("b/Dockerfile", "FROM alpine:3.20 AS base\n");  // another size: changed on disk
  input.overlays[util::normal_path(buffer)] = "FROM debian\n";
  Project second = load_project(input);
  ASSERT_EQ(second.dockerfiles.size(), 3u);
  for (const auto& d : second.dockerfiles) {
    if (d.path == same) {
      EXPECT_EQ(d.source.get(), sources[same]);
      EXPECT_TRUE(d.checked);
      ASSERT_EQ(d.model.stages.size(), 1u);
    } else if (d.path == edited) {
      EXPECT_NE(d.source.get(), sources[edited]);
      ASSERT_EQ(d.model.stages.size(), 1u);
      EXPECT_EQ(d.model.stages[0].name, "base");
    } else {
      EXPECT_NE(d.source.get(), sources[buffer]);
      EXPECT_EQ(d.source->text(), "FROM debian\n");
    }
  }
  // The parse taken over still answers lookups, and its model still points into its file.
  ASSERT_NE(second.dockerfile(same), nullptr);
  EXPECT_EQ(second.dockerfile(same)->model.stages[0].instructions.size(), 1u);
}

TEST_F(ProjectTest, MakefileCallsThatLoadTheSameStackLoadItOnce) {
  std::string compose = write("compose.yaml", "services:\n  app:\n    image: nginx:${TAG:-1.25}\n");
  write("prod.env", "TAG=1.27\n");
  std::string makefile_text = "up:\n";
  for (int i = 0; i < 20; ++i) makefile_text += "\tdocker compose -f compose.yaml --env-file missing" + std::to_string(i) + " up\n";
  makefile_text += "\tdocker compose -f compose.yaml --env-file prod.env up\n";
  std::string makefile = write("Makefile", makefile_text);
  ProjectInput input;
  input.root = root_.generic_string();
  input.files = {compose, makefile};
  input.open_git = false;
  Project project = load_project(input);
  // One stack for the calls whose env files do not exist, one with prod.env's TAG.
  ASSERT_EQ(project.stacks.size(), 2u);
  auto image = [](const ComposeStack& stack) { return stack.services.at(0).node->find("image")->scalar; };
  EXPECT_EQ(image(project.stacks[0]), "nginx:1.25");
  EXPECT_EQ(image(project.stacks[1]), "nginx:1.27");
}

}  // namespace
}  // namespace plimsoll::project
