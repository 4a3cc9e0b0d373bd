#include "project/workflow.h"

#include <gtest/gtest.h>

namespace plimsoll::project {
namespace {

TEST(Workflow, RunStepsAndBuildPushAction) {
  auto builds = read_workflow_builds(
      "on: push\n"
      "jobs:\n"
      "  image:\n"
      "    runs-on: ubuntu-latest\n"
      "    steps:\n"
      "      - uses: actions/checkout@v4\n"
      "      - run: docker build -f docker/Dockerfile .\n"
      "      - name: in a directory\n"
      "        working-directory: services\n"
      "        run: |\n"
      "          echo building\n"
      "          docker build -t api api\n"
      "      - uses: depot/build-push-action@v1\n"
      "        with:\n"
      "          push: false\n"
      "      - uses: docker/build-push-action@v6\n"
      "        with:\n"
      "          context: web\n"
      "          file: docker/web.Dockerfile\n");
  ASSERT_EQ(builds.size(), 4u);
  EXPECT_EQ(builds[0].context, ".");
  EXPECT_EQ(builds[0].dockerfile, "docker/Dockerfile");
  EXPECT_EQ(builds[0].line, 7u);
  EXPECT_EQ(builds[1].context, "services/api");
  EXPECT_EQ(builds[1].dockerfile, "services/api/Dockerfile");
  EXPECT_EQ(builds[1].line, 12u);
  EXPECT_EQ(builds[2].context, ".");
  EXPECT_EQ(builds[2].dockerfile, "Dockerfile");
  EXPECT_EQ(builds[3].context, "web");
  EXPECT_EQ(builds[3].dockerfile, "docker/web.Dockerfile");  // `file` is read from the workspace
}

TEST(Workflow, TagsOfTheActionAndOfRunSteps) {
  auto builds = read_workflow_builds(
      "jobs:\n  a:\n    steps:\n"
      "      - uses: docker/build-push-action@v6\n        with:\n"
      "          tags: |\n            org/app-base:latest\n            org/app-base:1.4, ghcr.io/org/app-base:1.4\n"
      "            ${{ steps.meta.outputs.tags }}\n"
      "      - uses: depot/build-push-action@v1\n        with:\n"
      "          tags: [\"org/tools:2\", \"org/tools:${{ github.sha }}\"]\n"
      "      - uses: docker/build-push-action@v6\n        with:\n          tags: ${{ env.IMAGE }}:latest\n"
      "      - run: docker build -t org/worker -t \"$IMAGE\" worker\n");
  ASSERT_EQ(builds.size(), 4u);
  EXPECT_EQ(builds[0].tags, (std::vector<std::string>{"org/app-base:latest", "org/app-base:1.4", "ghcr.io/org/app-base:1.4"}));
  EXPECT_EQ(builds[1].tags, (std::vector<std::string>{"org/tools:2"}));
  EXPECT_TRUE(builds[2].tags.empty());
  EXPECT_EQ(builds[3].tags, (std::vector<std::string>{"org/worker"}));
}

TEST(Workflow, ExpressionsAndGarbageGiveNothing) {
  EXPECT_TRUE(read_workflow_builds(
                  "jobs:\n  a:\n    steps:\n"
                  "      - uses: docker/build-push-action@v6\n        with:\n          context: ${{ matrix.dir }}\n"
                  "      - run: docker build ${{ matrix.dir }}\n"
                  "      - working-directory: ${{ env.DIR }}\n        run: docker build .\n")
                  .empty());
  for (std::string_view text : {"", "build: [", "jobs: 3", "jobs:\n  a:\n    steps: build", "jobs:\n  a: [build]",
                                "jobs:\n  a:\n    steps:\n      - run: [docker, build]\n"}) {
    EXPECT_TRUE(read_workflow_builds(text).empty()) << text;
  }
}

TEST(Workflow, NamedContextsOfTheActionAndOfRunSteps) {
  auto builds = read_workflow_builds(
      "jobs:\n"
      "  image:\n"
      "    steps:\n"
      "      - uses: docker/build-push-action@v6\n"
      "        with:\n"
      "          build-contexts: |\n"
      "            templates=./templates\n"
      "            base=docker-image://alpine:3.20\n"
      "            ${{ env.NAME }}=x\n"
      "      - run: docker buildx build --build-context assets=./static .\n");
  ASSERT_EQ(builds.size(), 2u);
  EXPECT_EQ(builds[0].named_contexts, (std::vector<std::string>{"templates", "base"}));
  EXPECT_EQ(builds[1].named_contexts, (std::vector<std::string>{"assets"}));
}

}  // namespace
}  // namespace plimsoll::project
