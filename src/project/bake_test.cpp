#include "project/bake.h"

#include <gtest/gtest.h>

#include <chrono>

namespace plimsoll::project {
namespace {

std::vector<BakeTarget> hcl(std::string_view text) { return resolve_bake({read_bake_hcl(text)}); }

TEST(Bake, HclTargetWithContextAndDockerfile) {
  auto targets = hcl("# the app\ntarget \"default\" {\n  context = \".\"\n  dockerfile = \"docker/Dockerfile\"\n}\n");
  ASSERT_EQ(targets.size(), 1u);
  EXPECT_EQ(targets[0].name, "default");
  EXPECT_EQ(targets[0].line, 2u);
  EXPECT_EQ(targets[0].context, ".");
  EXPECT_EQ(targets[0].dockerfile, "docker/Dockerfile");
}

TEST(Bake, DockerfileIsReadInsideTheContextAndDefaultsToDockerfile) {
  auto targets = hcl("target \"api\" {\n  context = \"services/api\"\n  dockerfile = \"build/Dockerfile\"\n}\n"
                     "target \"web\" {\n  context = \"web\"\n}\n"
                     "target \"cwd\" {\n  context = \"web\"\n  dockerfile = \"cwd://docker/web.Dockerfile\"\n}\n");
  ASSERT_EQ(targets.size(), 3u);
  EXPECT_EQ(targets[0].dockerfile, "services/api/build/Dockerfile");
  EXPECT_EQ(targets[1].dockerfile, "web/Dockerfile");
  EXPECT_EQ(targets[2].dockerfile, "docker/web.Dockerfile");
}

TEST(Bake, VariablesInheritsAndNamedContexts) {
  auto targets = hcl(
      "variable \"DIR\" {\n  default = \"app\"\n}\n"
      "variable \"TAG\" { default = \"latest\" }\n"
      "/* shared settings */\n"
      "target \"_common\" {\n  context = \"${DIR}\" // the sources\n  contexts = {\n    assets = \"./static\"\n  }\n}\n"
      "target \"release\" {\n  inherits = [\"_common\"]\n  dockerfile = \"Dockerfile.release\"\n"
      "  tags = [\"example/app:${TAG}\"]\n}\n"
      "target \"ref\" {\n  context = DIR\n}\n");
  ASSERT_EQ(targets.size(), 3u);
  EXPECT_EQ(targets[1].name, "release");
  EXPECT_EQ(targets[1].context, "app");
  EXPECT_EQ(targets[1].dockerfile, "app/Dockerfile.release");
  ASSERT_EQ(targets[1].named_contexts.size(), 1u);
  EXPECT_EQ(targets[1].named_contexts[0], (std::pair<std::string, std::string>{"assets", "static"}));
  EXPECT_EQ(targets[2].context, "app");
}

TEST(Bake, EveryNamedContextIsKeptAndAMatrixTargetResolved) {
  auto targets = hcl(
      "target \"dev\" {\n  name = \"dev-${arch}\"\n  matrix = {\n    arch = [\"amd64\", \"arm64\"]\n  }\n"
      "  context = \"./app_dev\"\n  contexts = {\n    from = \"target:base-${arch}\"\n    templates = \"../templates\"\n"
      "    node = \"docker-image://node:22\"\n    \"vendor\" = \"${NOPE}\"\n  }\n}\n");
  ASSERT_EQ(targets.size(), 1u);
  EXPECT_EQ(targets[0].name, "dev");
  EXPECT_EQ(targets[0].context, "app_dev");
  EXPECT_EQ(targets[0].dockerfile, "app_dev/Dockerfile");
  using Named = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(targets[0].named_contexts,
            (Named{{"from", ""}, {"templates", "../templates"}, {"node", ""}, {"vendor", ""}}));
}

TEST(Bake, TagsEvaluatedFromVariableDefaults) {
  auto targets = hcl(
      "variable \"REGISTRY\" { default = \"ghcr.io/org\" }\n"
      "variable \"TAG\" { default = \"latest\" }\n"
      "target \"_tagged\" {\n  tags = [\"${REGISTRY}/app:${TAG}\", \"app:${NOPE}\", \"app:${lower(TAG)}\", \"app:1.0\"]\n}\n"
      "target \"app\" {\n  inherits = [\"_tagged\"]\n}\n");
  ASSERT_EQ(targets.size(), 2u);
  EXPECT_EQ(targets[1].tags, (std::vector<std::string>{"ghcr.io/org/app:latest", "app:1.0"}));
  auto json = resolve_bake({read_bake_json(R"({"target": {"app": {"tags": ["org/app-base:latest", 3]}}})")});
  ASSERT_EQ(json.size(), 1u);
  EXPECT_EQ(json[0].tags, (std::vector<std::string>{"org/app-base:latest"}));
}

TEST(Bake, WhatCannotBeEvaluatedIsLeftOut) {
  auto targets = hcl(
      "target \"fn\" {\n  context = notequal(\"\", X) ? X : \".\"\n}\n"
      "target \"unknown\" {\n  context = \"${NOPE}\"\n}\n"
      "target \"call\" {\n  context = \"${lower(X)}\"\n}\n"
      "target \"remote\" {\n  context = \"https://github.com/example/repo.git\"\n}\n"
      "target \"inline\" {\n  dockerfile-inline = <<EOT\nFROM alpine\nEOT\n}\n"
      "target \"ok\" {\n  context = \"ok\"\n}\n");
  ASSERT_EQ(targets.size(), 1u);
  EXPECT_EQ(targets[0].name, "ok");
}

TEST(Bake, OverrideFilesAndInheritanceCycles) {
  auto targets = resolve_bake({read_bake_hcl("target \"a\" {\n  inherits = [\"b\"]\n  context = \"one\"\n}\n"
                                             "target \"b\" {\n  inherits = [\"a\"]\n}\n"),
                               read_bake_hcl("target \"a\" {\n  context = \"two\"\n}\n")});
  ASSERT_EQ(targets.size(), 2u);
  EXPECT_EQ(targets[0].context, "two");
  EXPECT_EQ(targets[0].document, 0u);
  EXPECT_EQ(targets[1].context, "two");  // b inherits a (as overridden); a's inheritance of b is cut
}

TEST(Bake, Json) {
  auto targets = resolve_bake({read_bake_json(R"({
    "variable": {"CTX": {"default": "."}},
    "group": {"default": {"targets": ["app"]}},
    "target": {
      "base": {"contexts": {"shared": "../shared"}},
      "app": {"inherits": ["base"], "context": "${CTX}", "dockerfile": "docker/Dockerfile"}
    }
  })")});
  ASSERT_EQ(targets.size(), 2u);  // JSON objects are read in key order
  EXPECT_EQ(targets[0].name, "app");
  std::swap(targets[0], targets[1]);
  EXPECT_EQ(targets[1].context, ".");
  EXPECT_EQ(targets[1].dockerfile, "docker/Dockerfile");
  ASSERT_EQ(targets[1].named_contexts.size(), 1u);
  EXPECT_EQ(targets[1].named_contexts[0].second, "../shared");
}

TEST(Bake, GarbageGivesNothingAndNeverThrows) {
  for (std::string_view text : {"", "target", "target \"x\" {", "target \"x\" { context = \"a", "}}}]])))",
                                "target \"x\" { context = [ \"a\", { b = } ] }", "<<EOF", "\"\\", "/* open",
                                "target x y z { = = = }", "variable \"V\" { default = \"${V}\" }\ntarget \"t\" { context = \"${V}\" }"}) {
    EXPECT_NO_THROW(resolve_bake({read_bake_hcl(text)})) << text;
  }
  for (std::string_view text : {"", "[", "{\"target\": 3}", "{\"target\": {\"x\": {\"context\": 1}}}", "\xff\xfe"}) {
    EXPECT_NO_THROW(resolve_bake({read_bake_json(text)})) << text;
  }
  EXPECT_TRUE(resolve_bake({read_bake_json("{\"target\": {\"x\": {\"context\": 1}}}")}).empty());
}

TEST(Bake, PathologicalInputReturnsPromptly) {
  auto start = std::chrono::steady_clock::now();
  std::string deep = "target \"t\" {\n  context = " + std::string(200'000, '[') + "\n}\n";
  std::string deep_braces = std::string(200'000, '{');
  std::string unterminated = "target \"t\" {\n  context = \"" + std::string(1'000'000 - 64, 'a');
  std::string long_line = "target \"t\" { context = \"" + std::string(1'000'000 - 64, '$') + "{x\" }";
  std::string comments = std::string(500'000, '#') + "\n" + std::string(250'000, '/') + "*";
  for (const std::string& text : {deep, deep_braces, unterminated, long_line, comments}) {
    EXPECT_TRUE(hcl(text).empty());
  }
  std::string deep_json = std::string(500'000, '[') + std::string(500'000, ']');
  EXPECT_TRUE(resolve_bake({read_bake_json(deep_json)}).empty());
  std::string variables;
  for (int i = 0; i < 20'000; ++i) variables += "variable \"V" + std::to_string(i) + "\" { default = \"${V" + std::to_string(i + 1) + "}${V" + std::to_string(i + 1) + "}\" }\n";
  variables += "target \"t\" { context = \"${V0}\" }\n";
  EXPECT_TRUE(hcl(variables).empty());
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

}  // namespace
}  // namespace plimsoll::project
