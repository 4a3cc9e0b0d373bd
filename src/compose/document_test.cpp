#include "compose/document.h"

#include <gtest/gtest.h>

#include <map>

#include "compose/merge.h"

namespace plimsoll::compose {
namespace {

ComposeDocument load(std::string text, std::map<std::string, std::string, std::less<>> vars = {}, uint32_t origin = 0) {
  auto source = std::make_shared<core::SourceFile>("compose.yaml", std::move(text));
  LoadOptions options;
  options.origin = origin;
  options.variables = [vars](std::string_view name) -> std::optional<std::string> {
    auto it = vars.find(name);
    if (it == vars.end()) return std::nullopt;
    return it->second;
  };
  return load_document(source, options);
}

const util::YamlNode* at(const util::YamlNode& root, std::initializer_list<std::string_view> path) {
  const util::YamlNode* node = &root;
  for (auto key : path) {
    node = node == nullptr ? nullptr : node->find(key);
  }
  return node;
}

TEST(ComposeDocument, ValuesAreInterpolatedKeysAreNot) {
  ComposeDocument doc = load(
      "services:\n  ${NAME}:\n    image: \"registry/${APP:-app}:${TAG}\"\n    privileged: ${P:-false}\n"
      "    command: echo $$HOME\n",
      {{"TAG", "1.2"}});
  ASSERT_TRUE(doc.loaded);
  EXPECT_TRUE(doc.diagnostics.empty());
  const util::YamlNode* service = at(doc.root, {"services", "${NAME}"});
  ASSERT_NE(service, nullptr);
  EXPECT_EQ(service->find("image")->scalar, "registry/app:1.2");
  EXPECT_EQ(service->find("privileged")->scalar, "false");
  EXPECT_EQ(service->find("command")->scalar, "echo $HOME");
  ASSERT_EQ(doc.variables.size(), 3u);
  EXPECT_EQ(doc.variables[0].name, "APP");
  EXPECT_EQ(doc.variables[0].line, 3u);
}

TEST(ComposeDocument, InterpolationErrorsAreLocated) {
  ComposeDocument doc = load("services:\n  api:\n    image: ${IMAGE:?set IMAGE}\n");
  ASSERT_EQ(doc.diagnostics.size(), 1u);
  EXPECT_EQ(doc.diagnostics[0].message,
            "required variable IMAGE is missing a value: set IMAGE (escape a literal $ as $$)");
  EXPECT_EQ(doc.source->begin_of(doc.diagnostics[0].span).line, 3u);
  EXPECT_EQ(doc.source->begin_of(doc.diagnostics[0].span).column, 12u);
}

TEST(ComposeDocument, MergeKeysAndAnchors) {
  ComposeDocument doc = load(
      "x-hardening: &hardening\n  read_only: true\n  cap_drop: [ALL]\nservices:\n  api:\n    <<: *hardening\n"
      "    image: api:1\n");
  ASSERT_TRUE(doc.loaded);
  EXPECT_EQ(at(doc.root, {"services", "api", "read_only"})->scalar, "true");
  EXPECT_EQ(at(doc.root, {"services", "api", "cap_drop"})->items.size(), 1u);
}

TEST(ComposeDocument, BadYamlAndBombsAreErrorsNotCrashes) {
  EXPECT_FALSE(load("services:\n  api: [\n").loaded);
  EXPECT_EQ(load("services:\n  api: [\n").diagnostics[0].message.rfind("invalid YAML: ", 0), 0u);
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  char prev = 'a';
  for (char c = 'b'; c <= 'j'; ++c) {
    bomb += std::string(1, c) + ": &" + c + " [";
    for (int i = 0; i < 10; ++i) bomb += std::string(i ? ", *" : "*") + prev;
    bomb += "]\n";
    prev = c;
  }
  ComposeDocument doc = load(bomb);
  EXPECT_FALSE(doc.loaded);
  ASSERT_FALSE(doc.diagnostics.empty());
  EXPECT_NE(doc.diagnostics[0].message.find("alias bomb"), std::string::npos) << doc.diagnostics[0].message;
  std::string deep(5000, '[');
  EXPECT_FALSE(load(deep).loaded);
}

TEST(ComposeMerge, LaterFilesOverrideExtendAndReplace) {
  ComposeDocument base = load(
      "services:\n  api:\n    image: api:1\n    command: [serve]\n    ports: ['8080:80']\n"
      "    environment: [A=1, B=2]\n    volumes: ['./src:/app', 'data:/data']\n    cap_add: [NET_ADMIN]\n"
      "    healthcheck: {test: [CMD, a], interval: 10s}\n  test:\n    image: t:1\n");
  ComposeDocument over = load(
      "services:\n  api:\n    image: api:2\n    command: [serve, --debug]\n    ports: ['9229:9229']\n"
      "    environment: {B: 3, C: 4}\n    volumes: ['./other:/app']\n    cap_add: [NET_ADMIN]\n"
      "    healthcheck: {test: [CMD, b]}\n  test:\n    environment: [X=1]\n",
      {}, 1);
  merge_into(base.root, over.root);
  const util::YamlNode* api = at(base.root, {"services", "api"});
  EXPECT_EQ(api->find("image")->scalar, "api:2");
  EXPECT_EQ(api->find("image")->origin, 1u);
  EXPECT_EQ(api->find("command")->items.size(), 2u);
  EXPECT_EQ(api->find("ports")->items.size(), 2u);
  EXPECT_EQ(api->find("cap_add")->items.size(), 1u);
  const util::YamlNode* env = api->find("environment");
  ASSERT_TRUE(env->is_map());
  EXPECT_EQ(env->find("A")->scalar, "1");
  EXPECT_EQ(env->find("B")->scalar, "3");
  EXPECT_EQ(env->find("C")->scalar, "4");
  const util::YamlNode* volumes = api->find("volumes");
  ASSERT_EQ(volumes->items.size(), 2u);
  EXPECT_EQ(volumes->items[0].scalar, "./other:/app");
  EXPECT_EQ(at(base.root, {"services", "api", "healthcheck", "test"})->items[1].scalar, "b");
  EXPECT_EQ(at(base.root, {"services", "api", "healthcheck", "interval"})->scalar, "10s");
  // A service named `test` is merged, not replaced like healthcheck.test.
  EXPECT_EQ(at(base.root, {"services", "test", "image"})->scalar, "t:1");
}

}  // namespace
}  // namespace plimsoll::compose
