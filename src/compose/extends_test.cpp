#include "compose/extends.h"

#include <gtest/gtest.h>

#include <map>

namespace plimsoll::compose {
namespace {

util::YamlNode yaml(std::string_view text) {
  auto node = util::parse_yaml(text);
  EXPECT_TRUE(node) << node.error().message;
  return node ? *node : util::YamlNode{};
}

const util::YamlNode& service(const util::YamlNode& root, std::string_view name) {
  const util::YamlNode* s = root.find("services")->find(name);
  EXPECT_NE(s, nullptr) << name;
  return *s;
}

struct Files {
  std::map<std::string, util::YamlNode> roots;
  std::vector<std::string> loaded;
  ExtendsFileLoader loader() {
    return [this](const std::string& path, std::string&) -> const util::YamlNode* {
      loaded.push_back(path);
      auto it = roots.find(path);
      return it == roots.end() ? nullptr : &it->second;
    };
  }
};

std::string in_project(const util::YamlNode&) { return "/p"; }

TEST(ComposeExtends, SameFileBaseMergedUnderTheServicesOwnKeys) {
  util::YamlNode root = yaml(
      "services:\n"
      "  base:\n"
      "    image: app:1\n"
      "    cap_drop: [ALL]\n"
      "    command: [serve]\n"
      "    environment: {A: '1', B: '2'}\n"
      "  worker:\n"
      "    extends: base\n"
      "    command: [work]\n"
      "    environment: [B=3]\n"
      "  web:\n"
      "    extends: {service: worker}\n");
  Files files;
  std::vector<std::string> problems;
  resolve_extends(root, in_project, files.loader(), problems);
  EXPECT_TRUE(problems.empty());
  const util::YamlNode& worker = service(root, "worker");
  EXPECT_EQ(worker.find("extends"), nullptr);
  ASSERT_NE(worker.find("cap_drop"), nullptr);
  EXPECT_EQ(worker.find("cap_drop")->items.at(0).scalar, "ALL");
  EXPECT_EQ(worker.find("cap_drop")->line, 4u) << "an inherited key keeps the mark of where it is written";
  EXPECT_EQ(worker.find("command")->items.at(0).scalar, "work") << "command is replaced, not appended";
  EXPECT_EQ(worker.line, 8u) << "the service stays where it is written";
  const util::YamlNode& web = service(root, "web");
  EXPECT_EQ(web.find("image")->scalar, "app:1") << "a chain resolves through every link";
  EXPECT_EQ(web.find("command")->items.at(0).scalar, "work");
  EXPECT_TRUE(files.loaded.empty());
}

TEST(ComposeExtends, BaseFromAnotherFileRelativeToTheExtendingFile) {
  util::YamlNode root = yaml(
      "services:\n"
      "  app:\n"
      "    extends: {file: parts/common.yml, service: hardened}\n"
      "    image: app:2\n");
  Files files;
  files.roots["/p/parts/common.yml"] = yaml(
      "services:\n"
      "  hardened:\n"
      "    extends: {file: ../more/root.yml, service: r}\n"
      "    read_only: true\n");
  files.roots["/p/more/root.yml"] = yaml("services:\n  r:\n    privileged: true\n");
  std::vector<std::string> problems;
  resolve_extends(root, in_project, files.loader(), problems);
  EXPECT_TRUE(problems.empty()) << problems.front();
  const util::YamlNode& app = service(root, "app");
  EXPECT_EQ(app.find("read_only")->scalar, "true");
  EXPECT_EQ(app.find("privileged")->scalar, "true") << "a base's own extends.file is relative to the base's file";
  EXPECT_EQ(app.find("image")->scalar, "app:2");
}

TEST(ComposeExtends, UnresolvableBasesAreDroppedWithAProblemNeverLooped) {
  util::YamlNode root = yaml(
      "services:\n"
      "  a: {extends: b, image: x}\n"
      "  b: {extends: a}\n"
      "  c: {extends: missing}\n"
      "  d: {extends: {file: gone.yml, service: s}}\n"
      "  e: {extends: [1]}\n");
  Files files;
  std::vector<std::string> problems;
  resolve_extends(root, in_project, files.loader(), problems);
  EXPECT_EQ(problems.size(), 5u);
  for (std::string_view name : {"a", "b", "c", "d", "e"}) EXPECT_EQ(service(root, name).find("extends"), nullptr) << name;
  EXPECT_EQ(service(root, "a").find("image")->scalar, "x");
}

TEST(ComposeExtends, ChainsStopAtTheDepthLimit) {
  std::string text = "services:\n  s0: {image: base}\n";
  for (int i = 1; i <= 40; ++i) text += "  s" + std::to_string(i) + ": {extends: s" + std::to_string(i - 1) + "}\n";
  util::YamlNode root = yaml(text);
  Files files;
  std::vector<std::string> problems;
  resolve_extends(root, in_project, files.loader(), problems, ExtendsLimits{16});
  EXPECT_NE(service(root, "s16").find("image"), nullptr);
  EXPECT_EQ(service(root, "s40").find("image"), nullptr);
  EXPECT_FALSE(problems.empty());
}

TEST(ComposeExtends, ManyServicesExtendingOneLargeBaseStopAtTheNodeBudget) {
  std::string text = "services:\n  big:\n    environment:\n";
  for (int i = 0; i < 500; ++i) text += "      V" + std::to_string(i) + ": x\n";
  for (int i = 0; i < 200; ++i) text += "  s" + std::to_string(i) + ": {extends: big}\n";
  util::YamlNode root = yaml(text);
  Files files;
  std::vector<std::string> problems;
  ExtendsLimits limits;
  limits.max_nodes = 20'000;
  resolve_extends(root, in_project, files.loader(), problems, limits);
  EXPECT_NE(service(root, "s0").find("environment"), nullptr);
  EXPECT_EQ(service(root, "s199").find("environment"), nullptr) << "past the budget, services stay as written";
  EXPECT_EQ(service(root, "s199").find("extends"), nullptr);
  ASSERT_EQ(problems.size(), 1u) << "one line, not one per service";
  EXPECT_NE(problems.front().find("more services"), std::string::npos);
}

}  // namespace
}  // namespace plimsoll::compose
