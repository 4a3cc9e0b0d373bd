#include "project/file_kind.h"

#include <gtest/gtest.h>

namespace plimsoll::project {
namespace {

TEST(FileKind, ComposeFilesByNameAndDirectory) {
  for (const char* path : {"compose.yaml", "a/docker-compose.yml", "docker-compose.dev.yml", "compose.prod.yaml",
                           "app.compose.yaml", "compose/dev.yaml", "x/compose/docker-compose.test.yml"}) {
    EXPECT_EQ(classify(path), FileKind::kCompose) << path;
  }
  for (const char* path : {"config.yaml", ".github/workflows/ci.yml", ".github/workflows/test-docker-compose.yml",
                           "repo/.github/workflows/deploy-docker-compose.yaml", "compose/README.md", "kustomization.yaml"}) {
    EXPECT_EQ(classify(path), FileKind::kOther) << path;
  }
}

TEST(FileKind, EnvFilesButNotDirenvOrScripts) {
  for (const char* path : {".env", "a/.env.dev", ".env.prod.example", "dev.env", "env/dev", "env/prod.example"}) {
    EXPECT_EQ(classify(path), FileKind::kEnv) << path;
  }
  for (const char* path : {".envrc", "env/setup.sh", "env/README.md", "environment.yml"}) {
    EXPECT_NE(classify(path), FileKind::kEnv) << path;
  }
}

TEST(FileKind, DockerfilesIgnoreFilesAndMakefiles) {
  EXPECT_EQ(classify("docker/Dockerfile"), FileKind::kDockerfile);
  EXPECT_EQ(classify("api.Dockerfile"), FileKind::kDockerfile);
  EXPECT_EQ(classify("Dockerfile.dockerignore"), FileKind::kDockerignore);
  EXPECT_EQ(classify(".dockerignore"), FileKind::kDockerignore);
  EXPECT_EQ(classify("Makefile"), FileKind::kMakefile);
  EXPECT_TRUE(is_env_template_name(".env.example"));
  EXPECT_FALSE(is_env_template_name(".env.dev"));
}

}  // namespace
}  // namespace plimsoll::project
