#include "project/build_calls.h"

#include <gtest/gtest.h>

#include <chrono>

namespace plimsoll::project {
namespace {

TEST(BuildCalls, DockerBuildxPodmanAndBuildah) {
  auto calls = read_build_calls(
      "#!/bin/sh\nset -e\n"
      "docker build -f docker/Dockerfile -t app:latest .\n"
      "docker buildx build --platform linux/amd64 --push --file=api/Dockerfile api\n"
      "sudo podman build -t x services/web\n"
      "buildah bud -f Containerfile.dev ..\n"
      "docker image build --build-arg A=1 --no-cache worker\n");
  ASSERT_EQ(calls.size(), 5u);
  EXPECT_EQ(calls[0].context, ".");
  EXPECT_EQ(calls[0].dockerfile, "docker/Dockerfile");
  EXPECT_EQ(calls[0].line, 3u);
  EXPECT_EQ(calls[1].context, "api");
  EXPECT_EQ(calls[1].dockerfile, "api/Dockerfile");
  EXPECT_EQ(calls[2].context, "services/web");
  EXPECT_EQ(calls[2].dockerfile, "");
  EXPECT_EQ(calls[3].context, "..");
  EXPECT_EQ(calls[3].dockerfile, "Containerfile.dev");
  EXPECT_EQ(calls[4].context, "worker");
  EXPECT_EQ(calls[4].line, 7u);
}

TEST(BuildCalls, NamedContextsWhateverTheirValue) {
  auto calls = read_build_calls(
      "docker buildx build --build-context templates=../templates --build-context=base=docker-image://alpine:3 \\\n"
      "  --build-context \"$NAME=x\" --build-context src=\"$SRC\" --build-context odd .\n");
  ASSERT_EQ(calls.size(), 1u);
  EXPECT_EQ(calls[0].context, ".");
  EXPECT_EQ(calls[0].named_contexts, (std::vector<std::string>{"templates", "base", "src"}));
}

TEST(BuildCalls, TagsAsWrittenWithoutExpansions) {
  auto calls = read_build_calls(
      "docker build -t org/app-base:latest --tag=org/app-base:1.2 -t \"$IMAGE\" -torg/tools .\n"
      "docker build --tag \"${REGISTRY}/app:${TAG}\" -t app:$(git rev-parse HEAD) .\n");
  ASSERT_EQ(calls.size(), 2u);
  EXPECT_EQ(calls[0].tags, (std::vector<std::string>{"org/app-base:latest", "org/app-base:1.2", "org/tools"}));
  EXPECT_TRUE(calls[1].tags.empty());
}

TEST(BuildCalls, WhatCannotBeResolvedIsSkipped) {
  auto calls = read_build_calls(
      "docker build -t app $(pwd)\n"
      "docker build -f \"${DOCKERFILE}\" .\n"
      "docker build https://github.com/example/repo.git\n"
      "docker build - < Dockerfile\n"
      "docker build --unknown-option value .\n"  // two positionals: ambiguous
      "docker run --rm app build .\n"
      "echo docker build .\n");
  EXPECT_TRUE(calls.empty());
}

TEST(BuildCalls, CdMovesLaterCallsAndAnUnknownCdEndsTheReading) {
  auto calls = read_build_calls("cd deploy\ndocker build -f ../docker/Dockerfile ..\n(cd x && true)\ncd \"$SOMEWHERE\"\ndocker build .\n");
  ASSERT_EQ(calls.size(), 1u);
  EXPECT_EQ(calls[0].context, ".");
  EXPECT_EQ(calls[0].dockerfile, "docker/Dockerfile");
  EXPECT_FALSE(calls[0].from_script_dir);
}

TEST(BuildCalls, CdToTheScriptsOwnDirectory) {
  auto calls = read_build_calls("cd \"$(dirname \"$0\")/..\"\ndocker build -f docker/Dockerfile .\n");
  ASSERT_EQ(calls.size(), 1u);
  EXPECT_TRUE(calls[0].from_script_dir);
  EXPECT_EQ(calls[0].context, "..");
  EXPECT_EQ(calls[0].dockerfile, "../docker/Dockerfile");
}

TEST(BuildCalls, PathologicalInputReturnsPromptly) {
  auto start = std::chrono::steady_clock::now();
  std::string long_line = "docker build " + std::string(1'000'000, 'x') + "\n";
  std::string unterminated = "docker build \"" + std::string(1'000'000, 'a');
  std::string nested;
  for (int i = 0; i < 10'000; ++i) nested += "$(";
  nested += "docker build .";
  std::string many;
  for (int i = 0; i < 20'000; ++i) many += "docker build -t x .\n";
  EXPECT_EQ(read_build_calls(long_line).size(), 1u);
  EXPECT_NO_THROW(read_build_calls(unterminated));
  EXPECT_NO_THROW(read_build_calls(nested));
  EXPECT_EQ(read_build_calls(many).size(), 20'000u);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
}

}  // namespace
}  // namespace plimsoll::project
