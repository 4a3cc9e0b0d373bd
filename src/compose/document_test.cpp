#include "compose/document.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <ctime>
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

namespace plimsoll::compose {
namespace {

TEST(ComposeMerge, ResetRemovesWhatEarlierFilesSetAndOverrideReplacesIt) {
  auto load = [](const std::string& yaml, uint32_t origin) {
    LoadOptions options;
    options.origin = origin;
    return load_document(std::make_shared<core::SourceFile>("compose.yaml", yaml), options);
  };
  ComposeDocument base = load(
      "services:\n  api:\n    image: api:1\n    ports: ['8080:80', '9229:9229']\n    environment: {A: 1, B: 2}\n"
      "    volumes: ['./src:/app']\n    labels: {x: 1}\n",
      0);
  ComposeDocument over = load(
      "services:\n  api:\n    ports: !reset []\n    environment: !override {C: 3}\n    volumes: !override ['./other:/app2']\n"
      "    build: !reset null\n    labels:\n      y: !reset ''\n      x: '2'\n",
      1);
  merge_into(base.root, over.root);
  const util::YamlNode* api = base.root.find("services")->find("api");
  EXPECT_EQ(api->find("ports"), nullptr) << "!reset removes the earlier list";
  ASSERT_NE(api->find("image"), nullptr) << "the keys around a removed one stay";
  EXPECT_EQ(api->find("image")->scalar, "api:1");
  EXPECT_EQ(api->find("build"), nullptr) << "!reset of a key nothing set adds nothing";
  const util::YamlNode* env = api->find("environment");
  ASSERT_NE(env, nullptr);
  ASSERT_EQ(env->entries.size(), 1u) << "!override replaces instead of merging by name";
  EXPECT_EQ(env->entries[0].key.scalar, "C");
  ASSERT_EQ(api->find("volumes")->items.size(), 1u);
  EXPECT_EQ(api->find("volumes")->items[0].scalar, "./other:/app2");
  EXPECT_EQ(api->find("labels")->find("x")->scalar, "2");
  EXPECT_EQ(api->find("labels")->find("y"), nullptr);
  // Without the tags the same override merges.
  ComposeDocument plain_base = load("services:\n  api:\n    ports: ['8080:80']\n    environment: {A: 1}\n", 0);
  merge_into(plain_base.root, load("services:\n  api:\n    ports: ['9229:9229']\n    environment: {C: 3}\n", 1).root);
  EXPECT_EQ(plain_base.root.find("services")->find("api")->find("ports")->items.size(), 2u);
  EXPECT_EQ(plain_base.root.find("services")->find("api")->find("environment")->entries.size(), 2u);
}

TEST(ComposeMerge, TheFirstFileDropsWhatItResets) {
  LoadOptions options;
  ComposeDocument doc = load_document(
      std::make_shared<core::SourceFile>("compose.yaml", "services:\n  api:\n    image: a\n    ports: !reset ['1:1']\n"),
      options);
  drop_reset_entries(doc.root);
  EXPECT_EQ(doc.root.find("services")->find("api")->find("ports"), nullptr);
  EXPECT_NE(doc.root.find("services")->find("api")->find("image"), nullptr);
}

}  // namespace
}  // namespace plimsoll::compose

namespace plimsoll::compose {
namespace {

// The least CPU time of three merges of two files whose lists and maps hold `n` items each.
double merge_seconds(std::size_t n) {
  std::string list, map, env;
  for (std::size_t i = 0; i < n; ++i) {
    list += "      - CAP_" + std::to_string(i) + "\n";
    map += "      L" + std::to_string(i) + ": v\n";
    env += "      - E" + std::to_string(i) + "=v\n";
  }
  std::string yaml = "services:\n  api:\n    cap_add:\n" + list + "    labels:\n" + map + "    environment:\n" + env;
  LoadOptions options;
  options.limits = {std::size_t{10} * n + 100, 128};
  ComposeDocument first = load_document(std::make_shared<core::SourceFile>("a.yaml", yaml), options);
  ComposeDocument second = load_document(std::make_shared<core::SourceFile>("b.yaml", yaml), options);
  EXPECT_TRUE(first.loaded && second.loaded);
  double best = 1e9;
  for (int round = 0; round < 3; ++round) {
    util::YamlNode base = first.root;
    std::clock_t start = std::clock();
    merge_into(base, second.root);
    best = std::min(best, static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC);
    EXPECT_EQ(base.find("services")->find("api")->find("cap_add")->items.size(), n);
  }
  return best;
}

// Lists merge by identity and maps by key through an index: twice the items cost about twice
// the time. A scan per item made two files of 40,000-item lists (a few lines with YAML aliases)
// take minutes; a long fuzz run found it as a timeout.
TEST(ComposeMerge, TwiceTheItemsCostAboutTwiceTheTime) {
  double once = merge_seconds(20000);
  double twice = merge_seconds(40000);
  EXPECT_LT(twice, 3 * once + 0.02) << once << " s for 20,000 items, " << twice << " s for 40,000";
}

}  // namespace
}  // namespace plimsoll::compose
