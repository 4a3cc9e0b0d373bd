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
  EXPECT_EQ(classify("docker/dockerfile"), FileKind::kDockerfile);  // what the docker CLI builds without a Dockerfile
  EXPECT_EQ(classify("docker/DOCKERFILE"), FileKind::kOther);
  EXPECT_EQ(classify("api.Dockerfile"), FileKind::kDockerfile);
  EXPECT_EQ(classify("Dockerfile.dockerignore"), FileKind::kDockerignore);
  EXPECT_EQ(classify(".dockerignore"), FileKind::kDockerignore);
  EXPECT_EQ(classify("Makefile"), FileKind::kMakefile);
  EXPECT_TRUE(is_env_template_name(".env.example"));
  EXPECT_TRUE(is_env_template_name(".env.production.in"));  // rendered by a configure step
  EXPECT_FALSE(is_env_template_name(".env.dev"));
}

TEST(FileKind, EnvNamesWhoseLastSuffixIsAnotherKindOfFileAreNotEnvFiles) {
  for (const char* path : {".env.patch", ".env.diff", ".env.orig", ".env.rej", ".env.bak", ".env.swp", ".env.md",
                           ".env.sh", ".env.py", ".env.js", ".env.ts", ".env.json", ".env.yaml", ".env.yml",
                           ".env.toml", ".env.d", "a/.env.dev.bak", ".env.prod.SH", ".env~", ".env.local~"}) {
    EXPECT_EQ(classify(path), FileKind::kOther) << path;
  }
  for (const char* path : {".env.local", ".env.production", ".env.test", ".env.template", ".env.tmpl", ".env.txt",
                           ".env.dev.example"}) {
    EXPECT_EQ(classify(path), FileKind::kEnv) << path;
  }
}

TEST(FileKind, TemplatesOfDockerfilesAndComposeFilesAreNotThem) {
  for (const char* path : {"Dockerfile.j2", "docker/Dockerfile.jinja", "Dockerfile.jinja2", "Dockerfile.tmpl",
                           "Dockerfile.template", "Dockerfile.in", "Dockerfile.erb", "Dockerfile.mustache",
                           "Dockerfile.prod.j2", "api.Dockerfile.tmpl", "docker-compose.yml.j2", "compose.yaml.tmpl",
                           "deploy/docker-compose.prod.yml.jinja2", "compose/dev.yaml.erb"}) {
    EXPECT_TRUE(is_template_path(path)) << path;
    EXPECT_EQ(classify(path), FileKind::kOther) << path;
  }
  for (const char* path : {"Dockerfile", "Dockerfile.dev", "Dockerfile.bin", ".env.template", "config.yaml.j2",
                           "main.py.in"}) {
    EXPECT_FALSE(is_template_path(path)) << path;
  }
}

TEST(FileKind, NamesADockerfileCouldHaveWhenNamedExplicitly) {
  for (const char* name : {"Dockerfile-dev", "Dockerfile_prod", "dockerfile", "Containerfile.x", "web.dockerfile",
                           "api.Containerfile"}) {
    EXPECT_TRUE(could_be_dockerfile_name(name)) << name;
  }
  for (const char* name : {"main.py", "requirements.txt", "README.md", "Dockerfile.dockerignore", "docker.md"}) {
    EXPECT_FALSE(could_be_dockerfile_name(name)) << name;
  }
}

}  // namespace
}  // namespace plimsoll::project
