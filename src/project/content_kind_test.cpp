#include "project/content_kind.h"

#include <gtest/gtest.h>

#include <string>

namespace plimsoll::project {
namespace {

TEST(ContentKind, DockerfilesOpenWithFromOrArgAfterCommentsAndDirectives) {
  EXPECT_TRUE(looks_like_dockerfile("FROM alpine:3.20\nRUN true\n"));
  EXPECT_TRUE(looks_like_dockerfile("# syntax=docker/dockerfile:1\n# escape=`\n\n  FROM --platform=$BUILDPLATFORM golang:1.23 AS build\n"));
  EXPECT_TRUE(looks_like_dockerfile("\xEF\xBB\xBF" "ARG BASE=alpine\nFROM $BASE\n"));
  EXPECT_TRUE(looks_like_dockerfile("ARG\tVERSION\n"));
  EXPECT_TRUE(looks_like_dockerfile("ARG BASE=debian:12 \\\n"));
  EXPECT_FALSE(looks_like_dockerfile("import os\nFROM = 1\n"));
  EXPECT_FALSE(looks_like_dockerfile("fromage==1.0\nrequests==2.32\n"));
  EXPECT_FALSE(looks_like_dockerfile("# Notes\n\nFROM here on, read the guide.\n"));
  EXPECT_FALSE(looks_like_dockerfile("# Notes\n\nFrom here on, read on.\n"));
  EXPECT_FALSE(looks_like_dockerfile("ARG parsing is hard\n"));
  EXPECT_FALSE(looks_like_dockerfile("RUN echo\nFROM alpine\n"));
  EXPECT_FALSE(looks_like_dockerfile(""));
}

TEST(ContentKind, ComposeFilesHaveATopLevelServicesKey) {
  EXPECT_TRUE(looks_like_compose("services:\n  web:\n    image: nginx\n"));
  EXPECT_TRUE(looks_like_compose("# stack\nversion: \"3.8\"\nx-common: &c {}\nservices: # the apps\n  a: {}\n"));
  EXPECT_TRUE(looks_like_compose("\"services\": {\"a\": {}}\n"));
  EXPECT_FALSE(looks_like_compose("jobs:\n  build:\n    services:\n      db: {}\n"));
  EXPECT_FALSE(looks_like_compose("services: 3\n"));
  EXPECT_FALSE(looks_like_compose("FROM alpine\n"));
}

TEST(ContentKind, TemplatedDockerfiles) {
  EXPECT_TRUE(is_templated_dockerfile("FROM {{ base_image }}\nRUN true\n"));
  EXPECT_TRUE(is_templated_dockerfile("# syntax=docker/dockerfile:1\nFROM python:{% if py %}3.12{% endif %}\n"));
  EXPECT_TRUE(is_templated_dockerfile("FROM <%= base %>\n"));
  EXPECT_TRUE(is_templated_dockerfile("{% if gpu %}\nFROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\n{% endif %}\n"));
  EXPECT_FALSE(is_templated_dockerfile("FROM alpine\nRUN docker inspect --format '{{.State}}' x\n"));
  EXPECT_FALSE(is_templated_dockerfile("FROM ${BASE}\n"));
}

TEST(ContentKind, LooksOnlyAtTheHead) {
  std::string text(kSniffLimit, '\n');
  text += "FROM alpine\n";
  EXPECT_FALSE(looks_like_dockerfile(text));
  EXPECT_FALSE(is_templated_dockerfile(text + "FROM {{ x }}\n"));
}

}  // namespace
}  // namespace plimsoll::project
