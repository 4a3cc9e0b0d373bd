#include "dockerfile/model.h"

#include <gtest/gtest.h>

#include "dockerfile/parser.h"

namespace plimsoll::dockerfile {
namespace {

struct Parsed {
  Dockerfile file;
  Model model;
};

Parsed load(std::string_view text) {
  Parsed p{parse(text), {}};
  p.model = build_model(p.file);
  return p;
}

TEST(Model, ExpandsBaseWithGlobalArgDefaults) {
  auto p = load("ARG PY=3.12\nFROM python:${PY}-slim AS base\nRUN true\n");
  ASSERT_EQ(p.model.stages.size(), 1u);
  const Stage& s = p.model.stages[0];
  EXPECT_EQ(s.name, "base");
  EXPECT_EQ(s.base, "python:3.12-slim");
  EXPECT_TRUE(s.base_resolved);
  EXPECT_EQ(s.image.full_repository(), "docker.io/library/python");
  EXPECT_EQ(s.image.tag, "3.12-slim");
}

TEST(Model, GlobalArgWithoutDefaultLeavesBaseUnresolved) {
  auto p = load("ARG TAG\nFROM busybox:${TAG}\n");
  EXPECT_FALSE(p.model.stages[0].base_resolved);
}

TEST(Model, GlobalArgsNeedRedeclarationInsideAStage) {
  auto p = load("ARG V=1\nFROM busybox\nUSER u$V\nFROM busybox\nARG V\nUSER u$V\n");
  EXPECT_EQ(p.model.stages[0].user_value, "u");
  EXPECT_EQ(p.model.stages[1].user_value, "u1");
}

TEST(Model, EnvOverridesArgAndExpandsInOrder) {
  auto p = load("FROM busybox\nARG NAME=arg\nENV NAME=env HOME_DIR=/home/$NAME\nUSER $NAME\n");
  const Stage& s = p.model.stages[0];
  EXPECT_EQ(s.user_value, "env");
  EXPECT_EQ(*s.env.get("HOME_DIR"), "/home/arg");  // same-instruction ENV sees the old value
}

TEST(Model, InheritsRuntimeStateThroughFromStage) {
  auto p = load(
      "FROM python:3.12-slim AS base\nUSER app\nHEALTHCHECK CMD true\nCMD [\"a\"]\n"
      "FROM base AS prod\nRUN echo\n");
  const Stage& prod = p.model.stages[1];
  EXPECT_EQ(prod.base_kind, BaseKind::kStage);
  EXPECT_EQ(prod.parent, 0);
  EXPECT_EQ(prod.user_value, "app");
  ASSERT_NE(prod.healthcheck, nullptr);
  ASSERT_NE(prod.root_image, nullptr);
  EXPECT_EQ(prod.root_image->tag, "3.12-slim");
  EXPECT_EQ(p.model.final_chain(), (std::vector<int>{1, 0}));
}

TEST(Model, RecordsStageGraphEdges) {
  auto p = load(
      "FROM golang:1.22 AS build\nRUN go build\nFROM alpine:3.20 AS assets\n"
      "FROM scratch\nCOPY --from=build /app /app\nCOPY --from=1 /x /x\nCOPY --from=nginx:1.27 /etc/nginx /n\n"
      "RUN --mount=type=bind,from=assets,target=/a true\n");
  const Stage& last = p.model.stages[2];
  EXPECT_EQ(last.base_kind, BaseKind::kScratch);
  ASSERT_EQ(last.uses.size(), 4u);
  EXPECT_EQ(last.uses[0].from_stage, 0);
  EXPECT_EQ(last.uses[1].from_stage, 1);
  EXPECT_EQ(last.uses[2].from_stage, -1);
  EXPECT_EQ(last.uses[2].image, "nginx:1.27");
  EXPECT_EQ(last.uses[3].from_stage, 1);
  EXPECT_EQ(p.model.stage_of(last.instructions[0]), 2);
}

TEST(Model, WorkdirShellAndExposeAreResolvedAndInherited) {
  auto p = load(
      "FROM debian:12-slim AS base\nENV APP=/srv\nWORKDIR $APP\nWORKDIR app/../web\n"
      "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nARG PORT=8080\nEXPOSE $PORT 53/UDP 9000-9002 1.2.3.4:80:80 70000\n"
      "FROM base\nWORKDIR /opt\n");
  const Stage& base = p.model.stages[0];
  EXPECT_EQ(base.workdir, "/srv/web");
  EXPECT_EQ(base.shell, (std::vector<std::string>{"/bin/bash", "-o", "pipefail", "-c"}));
  ASSERT_EQ(base.exposed.size(), 5u);
  EXPECT_EQ(base.exposed[0].first, 8080u);
  EXPECT_EQ(base.exposed[1].protocol, "udp");
  EXPECT_EQ(base.exposed[2].last, 9002u);
  EXPECT_FALSE(base.exposed[3].valid());
  EXPECT_FALSE(base.exposed[4].valid());
  const Stage& child = p.model.stages[1];
  EXPECT_EQ(child.workdir, "/opt");
  EXPECT_EQ(child.shell.front(), "/bin/bash");
  EXPECT_EQ(child.exposed.size(), 5u);
  EXPECT_EQ(load("FROM scratch\n").model.stages[0].workdir, "/");
}

TEST(Model, FromAStageNameIsCaseInsensitive) {
  auto p = load("FROM alpine:3.20 AS Builder\nFROM BUILDER\n");
  EXPECT_EQ(p.model.stages[1].base_kind, BaseKind::kStage);
}

TEST(Model, PlatformArgsAreGlobal) {
  auto p = load("FROM --platform=$BUILDPLATFORM golang:1.22 AS b\nARG TARGETARCH\nUSER u-$TARGETARCH\n");
  EXPECT_EQ(p.model.stages[0].user_value, "u-amd64");
}

TEST(Model, StagesBuiltOnAStageShareItsEnvironmentValues) {
  std::string text = "FROM debian:12 AS s0\nENV A=" + std::string(100000, 'x') + "\n";
  for (int i = 1; i <= 50; ++i) text += "FROM s0 AS s" + std::to_string(i) + "\n";
  text += "FROM s0 AS last\nENV B=1\n";
  auto p = load(text);
  ASSERT_EQ(p.model.stages.size(), 52u);
  std::string_view first = *p.model.stages[0].env.get("A");
  for (const Stage& stage : p.model.stages) {
    ASSERT_TRUE(stage.env.get("A"));
    EXPECT_EQ(stage.env.get("A")->data(), first.data());  // the same bytes, not a copy
  }
  EXPECT_EQ(p.model.stages.back().env.get("B"), "1");
  EXPECT_FALSE(p.model.stages[0].env.get("B"));  // the parent is unchanged
}

TEST(Model, EnvironmentKeepsLastValueAndCountsNames) {
  MapEnvironment env;
  for (int i = 0; i < 1000; ++i) env.set("V" + std::to_string(i % 300), std::to_string(i));
  EXPECT_EQ(env.size(), 300u);
  EXPECT_EQ(env.get("V0"), "900");
  EXPECT_EQ(env.get("V299"), "899");
  MapEnvironment copy = env;
  copy.set("V0", "changed");
  EXPECT_EQ(env.get("V0"), "900");
  EXPECT_EQ(copy.get("V0"), "changed");
  EXPECT_FALSE(env.get("V300"));
}

TEST(Model, DoublingAnEnvValueStopsAtTheSizeLimitWithADiagnostic) {
  std::string text = "FROM debian:12\nENV A=xxxxxxxx\n";
  for (int i = 0; i < 40; ++i) text += "ENV A=$A$A\n";
  auto p = load(text);
  ASSERT_FALSE(p.model.diagnostics.empty());
  EXPECT_NE(p.model.diagnostics[0].message.find("longer than"), std::string::npos);
  EXPECT_LE(p.model.stages[0].env.get("A")->size(), kMaxExpandedBytes);
}

TEST(Model, ManyWordsNamingALargeValueStopAtTheFileLimit) {
  std::string text = "FROM debian:12\nENV A=xxxxxxxx\n";
  for (int i = 0; i < 17; ++i) text += "ENV A=$A$A\n";  // 1 MiB
  for (int i = 0; i < 200; ++i) text += "ENV B" + std::to_string(i) + "=$A\n";
  auto p = load(text);
  ASSERT_FALSE(p.model.diagnostics.empty());
  EXPECT_NE(p.model.diagnostics.back().message.find("in this file"), std::string::npos);
  EXPECT_EQ(p.model.stages[0].env.get("B199"), "$A");  // read as written
}

TEST(Model, DeeplyNestedExpansionIsADiagnosticNotACrash) {
  std::size_t n = 20000;
  std::string value;
  for (std::size_t i = 0; i < n; ++i) value += "${B:-";
  value += "x" + std::string(n, '}');
  auto p = load("FROM debian:12\nENV A=" + value + "\n");
  ASSERT_EQ(p.model.diagnostics.size(), 1u);
  EXPECT_NE(p.model.diagnostics[0].message.find("nested"), std::string::npos);
  EXPECT_EQ(p.model.diagnostics[0].span.begin, 15u);  // at the ENV
  auto shallow = load("FROM debian:12\nENV A=${B:-${C:-${D:-x}}}\n");
  EXPECT_TRUE(shallow.model.diagnostics.empty());
  EXPECT_EQ(shallow.model.stages[0].env.get("A"), "x");
}

TEST(Model, StageLookupFindsTheFirstStageOfAName) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "FROM scratch AS s" + std::to_string(i) + "\nCOPY --from=s" + std::to_string(i > 0 ? i - 1 : 0) + " /a /a\n";
  text += "FROM scratch AS s5\n";
  auto p = load(text);
  ASSERT_EQ(p.model.find_stage("s5"), &p.model.stages[5]);
  EXPECT_EQ(p.model.find_stage("nope"), nullptr);
  EXPECT_EQ(p.model.stages[1999].uses.at(0).from_stage, 1998);
}

}  // namespace
}  // namespace plimsoll::dockerfile
