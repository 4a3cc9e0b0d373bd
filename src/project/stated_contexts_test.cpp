#include "project/stated_contexts.h"

#include <gtest/gtest.h>

#include "project/built_images.h"
#include "project/named_contexts.h"
#include "util/memory_filesystem.h"

namespace plimsoll::project {
namespace {

Project with_dockerfiles(std::vector<std::string> paths) {
  Project project;
  project.root = ".";
  for (auto& p : paths) {
    LoadedDockerfile d;
    d.path = std::move(p);
    d.checked = true;
    project.dockerfiles.push_back(std::move(d));
  }
  return project;
}

std::vector<std::string> described(const Project& project) {
  std::vector<std::string> out;
  for (const auto& s : project.stated_contexts) out.push_back(s.dockerfile + " <- " + s.context + " @ " + s.origin);
  return out;
}

TEST(StatedContexts, EachPlaceAProjectStatesItIn) {
  util::MemoryFilesystem files;
  files.add_file("docker/Dockerfile", "FROM alpine\n");
  files.add_file("api/Dockerfile", "FROM alpine\n");
  files.add_file("web/Containerfile", "FROM alpine\n");
  files.add_file("worker/Dockerfile", "FROM alpine\n");
  files.add_file("docker-bake.hcl", "target \"default\" {\n  context = \".\"\n  dockerfile = \"docker/Dockerfile\"\n}\n");
  files.add_file("scripts/build.sh", "#!/bin/sh\ndocker build -f web/Containerfile .\n");
  files.add_file("bin/release", "#!/bin/sh\ncd \"$(dirname \"$0\")/..\"\ndocker build worker\n");
  files.add_file("bin/tool", "\x7f" "ELF docker build .");
  files.add_file(".github/workflows/ci.yml",
                 "jobs:\n  b:\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          file: api/Dockerfile\n");
  Project project = with_dockerfiles({"docker/Dockerfile", "api/Dockerfile", "web/Containerfile", "worker/Dockerfile"});
  LoadedMakefile makefile;
  makefile.path = "Makefile";
  makefile.makefile = parse_makefile("image:\n\tdocker build -f docker/Dockerfile docker\n\tdocker build -f nope/Dockerfile .\n");
  project.makefiles.push_back(std::move(makefile));
  find_stated_contexts(files, project);
  EXPECT_EQ(described(project), (std::vector<std::string>{
                                    "docker/Dockerfile <- . @ docker-bake.hcl:1",
                                    "docker/Dockerfile <- docker @ Makefile:2",
                                    "web/Containerfile <- . @ scripts/build.sh:2",
                                    "worker/Dockerfile <- worker @ bin/release:3",
                                    "api/Dockerfile <- . @ .github/workflows/ci.yml:4",
                                }));
}

TEST(StatedContexts, ImagesTheProjectBuildsWhateverTheirDockerfile) {
  util::MemoryFilesystem files;
  files.add_file("app/Dockerfile", "FROM org/base\n");
  files.add_file("docker-bake.hcl", "target \"base\" {\n  context = \"base\"\n  tags = [\"org/base:1\"]\n}\n");
  files.add_file("scripts/build.sh", "#!/bin/sh\ndocker build -t nginx -t \"$IMAGE\" proxy\n");
  files.add_file(".github/workflows/ci.yml",
                 "jobs:\n  b:\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n"
                 "          tags: org/base, ${{ env.IMAGE }}\n");
  Project project = with_dockerfiles({"app/Dockerfile"});
  find_stated_contexts(files, project);
  std::vector<std::string> built;
  for (const auto& b : project.built_images) built.push_back(b.image.written + " @ " + b.origin);
  EXPECT_EQ(built, (std::vector<std::string>{"org/base:1 @ docker-bake.hcl:1", "nginx @ scripts/build.sh:2",
                                             "org/base @ .github/workflows/ci.yml:4"}));
  EXPECT_TRUE(builds_image(project, dockerfile::parse_image_ref("docker.io/library/nginx:latest")));
  EXPECT_TRUE(builds_image(project, dockerfile::parse_image_ref("org/base:latest")));
  EXPECT_FALSE(builds_image(project, dockerfile::parse_image_ref("org/base:2")));
  EXPECT_FALSE(builds_image(project, dockerfile::parse_image_ref("ghcr.io/org/base:1")));
}

TEST(StatedContexts, WorkflowsAreReadAtTheRepositoryRootWithItsPaths) {
  util::MemoryFilesystem files;
  const char* base_build =
      "jobs:\n  b:\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n"
      "          context: services/api\n          tags: org/api-base\n";
  files.add_file("outer/.github/workflows/ci.yml", "jobs:\n  b:\n    steps:\n      - run: docker build -t org/outer .\n");
  files.add_file("outer/repo/.git", "gitdir: elsewhere\n");
  files.add_file("outer/repo/.github/workflows/ci.yml", base_build);
  files.add_file("outer/repo/services/api/.github/workflows/ci.yml", "jobs:\n  b:\n    steps:\n      - run: docker build -t org/nested .\n");
  files.add_file("outer/repo/services/api/Dockerfile", "FROM org/api-base\n");
  Project project = with_dockerfiles({"outer/repo/services/api/Dockerfile"});
  project.root = "outer/repo/services/api";
  find_stated_contexts(files, project);
  EXPECT_EQ(described(project), (std::vector<std::string>{
                                    "outer/repo/services/api/Dockerfile <- outer/repo/services/api @ outer/repo/.github/workflows/ci.yml:4",
                                }));
  ASSERT_EQ(project.built_images.size(), 1u);  // neither the nested workflow nor the one above the repository
  EXPECT_EQ(project.built_images[0].image.written, "org/api-base");
}

TEST(StatedContexts, NamedContextsCountForTheDockerfileTheyAreSuppliedTo) {
  util::MemoryFilesystem files;
  files.add_file("app/Dockerfile", "FROM alpine\n");
  files.add_file("web/Dockerfile", "FROM alpine\n");
  files.add_file("docker-bake.hcl",
                 "target \"app\" {\n  context = \"app\"\n  contexts = {\n    Templates = \"target:t-${arch}\"\n  }\n}\n");
  files.add_file("scripts/build.sh", "#!/bin/sh\ndocker build --build-context assets=./static -f app/Dockerfile .\n");
  files.add_file(".github/workflows/ci.yml",
                 "jobs:\n  b:\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n"
                 "          context: web\n          build-contexts: vendor=./vendor\n");
  Project project = with_dockerfiles({"app/Dockerfile", "web/Dockerfile"});
  find_stated_contexts(files, project);
  EXPECT_TRUE(supplies_named_context(project, "app/Dockerfile", "templates"));
  EXPECT_TRUE(supplies_named_context(project, "./app/Dockerfile", "TEMPLATES"));
  EXPECT_TRUE(supplies_named_context(project, "app/Dockerfile", "assets"));
  EXPECT_FALSE(supplies_named_context(project, "app/Dockerfile", "vendor"));  // web's, not app's
  EXPECT_TRUE(supplies_named_context(project, "web/Dockerfile", "vendor"));
  EXPECT_FALSE(supplies_named_context(project, "web/Dockerfile", "templates"));
}

TEST(StatedContexts, NothingWithoutACheckedDockerfile) {
  util::MemoryFilesystem files;
  files.add_file("docker-bake.hcl", "target \"default\" {}\n");
  Project project;
  project.root = ".";
  find_stated_contexts(files, project);
  EXPECT_TRUE(project.stated_contexts.empty());
}

}  // namespace
}  // namespace plimsoll::project
