#include "util/yaml_merge.h"

#include <gtest/gtest.h>

namespace plimsoll::util {
namespace {

YamlNode merged(std::string_view text) {
  auto doc = parse_yaml(text);
  EXPECT_TRUE(doc) << doc.error().message;
  YamlNode node = *doc;
  EXPECT_EQ(apply_merge_keys(node), "");
  return node;
}

std::string scalar_at(const YamlNode& node, std::string_view a, std::string_view b) {
  const YamlNode* x = node.find(a);
  const YamlNode* y = x == nullptr ? nullptr : x->find(b);
  return y == nullptr ? "<none>" : y->scalar;
}

TEST(YamlMerge, OwnKeysWinThenMergedMapsInOrder) {
  YamlNode doc = merged(
      "x-base: &base {restart: always, user: app, read_only: true}\n"
      "x-more: &more {user: other, init: true}\n"
      "services:\n"
      "  api:\n"
      "    <<: [*base, *more]\n"
      "    user: root\n");
  const YamlNode* api = doc.find("services")->find("api");
  ASSERT_NE(api, nullptr);
  EXPECT_EQ(api->find("user")->scalar, "root");
  EXPECT_EQ(api->find("restart")->scalar, "always");
  EXPECT_EQ(api->find("init")->scalar, "true");
  EXPECT_EQ(api->find("<<"), nullptr);
  EXPECT_EQ(api->entries.size(), 4u);
}

TEST(YamlMerge, SingleMapMergeAndNestedMerges) {
  YamlNode doc = merged(
      "a: &a {k: 1, inner: {z: 0}}\n"
      "b: &b\n  <<: *a\n  k: 2\n"
      "c:\n  <<: *b\n");
  EXPECT_EQ(scalar_at(doc, "b", "k"), "2");
  EXPECT_EQ(scalar_at(doc, "c", "k"), "2");
  EXPECT_EQ(doc.find("c")->find("inner")->find("z")->scalar, "0");
}

TEST(YamlMerge, AQuotedMergeKeyIsAnOrdinaryKey) {
  YamlNode doc = merged("a: {\"<<\": {k: 1}}\n");
  EXPECT_NE(doc.find("a")->find("<<"), nullptr);
}

TEST(YamlMerge, BadMergeValueIsAnError) {
  auto doc = parse_yaml("a:\n  <<: 3\n");
  ASSERT_TRUE(doc);
  YamlNode node = *doc;
  EXPECT_EQ(apply_merge_keys(node), "line 2, column 7: a merge key (<<) takes a mapping or a list of mappings");
}

}  // namespace
}  // namespace plimsoll::util
