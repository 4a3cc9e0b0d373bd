#include "util/yaml.h"

#include <gtest/gtest.h>

namespace plimsoll::util {
namespace {

TEST(Yaml, ConvertsMapsSequencesAndMarks) {
  auto doc = parse_yaml("a: 1\nb:\n  - x\n  - \"true\"\n");
  ASSERT_TRUE(doc.has_value()) << doc.error().message;
  ASSERT_TRUE(doc->is_map());
  const YamlNode* b = doc->find("b");
  ASSERT_NE(b, nullptr);
  ASSERT_TRUE(b->is_sequence());
  ASSERT_EQ(b->items.size(), 2u);
  EXPECT_EQ(b->items[0].scalar, "x");
  EXPECT_TRUE(b->items[0].plain);
  EXPECT_FALSE(b->items[1].plain);
  EXPECT_EQ(b->items[1].line, 4u);
  EXPECT_EQ(b->items[1].column, 5u);
  EXPECT_EQ(doc->find("missing"), nullptr);
}

TEST(Yaml, ReportsSyntaxErrorsWithPosition) {
  auto doc = parse_yaml("a: [1, 2\nb: 3\n");
  ASSERT_FALSE(doc.has_value());
  EXPECT_NE(doc.error().message.find("line "), std::string::npos);
}

TEST(Yaml, StopsAliasBombsAtTheNodeBudget) {
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  char prev = 'a';
  for (char c = 'b'; c <= 'j'; ++c) {
    bomb += std::string(1, c) + ": &" + c + " [";
    for (int i = 0; i < 10; ++i) bomb += std::string(i ? ", *" : "*") + prev;
    bomb += "]\n";
    prev = c;
  }
  auto doc = parse_yaml(bomb);
  ASSERT_FALSE(doc.has_value());
  EXPECT_NE(doc.error().message.find("alias bomb"), std::string::npos);
}

TEST(Yaml, RejectsDeepNesting) {
  std::string deep(500, '[');
  deep += std::string(500, ']');
  auto doc = parse_yaml(deep);
  EXPECT_FALSE(doc.has_value());
}

TEST(Yaml, StopsAliasesOfLongScalarsAtTheByteBudget) {
  // 100 aliases of a 1 MB scalar: few nodes, but 100 MB of copies.
  std::string doc = "a: &a " + std::string(1'000'000, 'x') + "\nb: [";
  for (int i = 0; i < 100; ++i) doc += std::string(i ? ", *a" : "*a");
  doc += "]\n";
  auto parsed = parse_yaml(doc);
  ASSERT_FALSE(parsed.has_value());
  EXPECT_NE(parsed.error().message.find("bytes of scalars"), std::string::npos);
  // yaml-cpp marks an alias with its anchor's position: the long scalar's.
  EXPECT_EQ(parsed.error().message.rfind("line 1, column 4:", 0), 0u) << parsed.error().message;
  YamlLimits roomy;
  roomy.max_alias_bytes = 200'000'000;
  EXPECT_TRUE(parse_yaml(doc, roomy).has_value());
}

TEST(Yaml, VeryDeepInputIsAnErrorWithAPositionNotACrash) {
  for (std::string open : {"[", "{a: ", "- "}) {
    std::string deep;
    for (int i = 0; i < 100000; ++i) deep += open;  // `- - - …` nests block sequences on one line
    auto doc = parse_yaml(deep);
    ASSERT_FALSE(doc.has_value()) << open;
    EXPECT_EQ(doc.error().message.rfind("line ", 0), 0u) << doc.error().message;
  }
}

}  // namespace
}  // namespace plimsoll::util
