#include "jsonschema/json_pointer.h"

#include <gtest/gtest.h>

namespace plimsoll::jsonschema {
namespace {

TEST(JsonPointer, ParsesEscapedAndPercentEncodedFragments) {
  auto tokens = parse_fragment_pointer("/definitions/a~1b/c%25d/~0e");
  ASSERT_TRUE(tokens);
  EXPECT_EQ(*tokens, (std::vector<std::string>{"definitions", "a/b", "c%d", "~e"}));
  EXPECT_EQ(join_pointer(*tokens), "/definitions/a~1b/c%d/~0e");
  EXPECT_TRUE(parse_fragment_pointer("")->empty());
  EXPECT_FALSE(parse_fragment_pointer("anchor"));
  EXPECT_FALSE(parse_fragment_pointer("/bad~2"));
}

TEST(JsonPointer, ResolvesThroughObjectsAndArrays) {
  auto doc = nlohmann::json::parse(R"({"a": [{"b": 1}, {"c/d": 2}]})");
  const auto* found = resolve_pointer(doc, {"a", "1", "c/d"});
  ASSERT_NE(found, nullptr);
  EXPECT_EQ(*found, 2);
  EXPECT_EQ(resolve_pointer(doc, {"a", "2"}), nullptr);
  EXPECT_EQ(resolve_pointer(doc, {"a", "01x"}), nullptr);
}

}  // namespace
}  // namespace plimsoll::jsonschema
