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

}  // namespace
}  // namespace plimsoll::util
