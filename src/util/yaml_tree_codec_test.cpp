#include "util/yaml_tree_codec.h"

#include <gtest/gtest.h>

namespace plimsoll::util {
namespace {

void expect_same(const YamlNode& a, const YamlNode& b) {
  ASSERT_EQ(a.kind, b.kind);
  EXPECT_EQ(a.scalar, b.scalar);
  EXPECT_EQ(a.plain, b.plain);
  EXPECT_EQ(a.line, b.line);
  EXPECT_EQ(a.column, b.column);
  ASSERT_EQ(a.items.size(), b.items.size());
  for (std::size_t i = 0; i < a.items.size(); ++i) expect_same(a.items[i], b.items[i]);
  ASSERT_EQ(a.entries.size(), b.entries.size());
  for (std::size_t i = 0; i < a.entries.size(); ++i) {
    expect_same(a.entries[i].key, b.entries[i].key);
    expect_same(a.entries[i].value, b.entries[i].value);
  }
}

constexpr std::string_view kDocument =
    "name: \"quoted\"\n"
    "empty:\n"
    "list:\n"
    "  - plain\n"
    "  - {nested: [1, 2]}\n"
    "long: |\n"
    "  a block scalar that is longer than one hundred and twenty-eight bytes, so its length\n"
    "  takes two bytes of varint in the stored form, which the decoder must read back\n"
    "? [complex, key]\n"
    ": value\n";

TEST(YamlTreeCodec, RoundTripsKindsScalarsFlagsAndMarks) {
  auto parsed = parse_yaml(kDocument);
  ASSERT_TRUE(parsed.has_value()) << parsed.error().message;
  auto decoded = decode_yaml_tree(encode_yaml_tree(*parsed));
  ASSERT_TRUE(decoded.has_value()) << decoded.error().message;
  expect_same(*parsed, *decoded);
  EXPECT_FALSE(decoded->find("name")->plain);
  EXPECT_EQ(decoded->find("list")->items[1].line, 5u);
  EXPECT_EQ(decoded->find("empty")->kind, YamlNode::Kind::kNull);
}

TEST(YamlTreeCodec, RejectsEveryTruncationAndTrailingBytes) {
  auto parsed = parse_yaml(kDocument);
  ASSERT_TRUE(parsed.has_value());
  std::string bytes = encode_yaml_tree(*parsed);
  for (std::size_t size = 0; size < bytes.size(); ++size) {
    EXPECT_FALSE(decode_yaml_tree(std::string_view(bytes).substr(0, size)).has_value()) << size;
  }
  EXPECT_FALSE(decode_yaml_tree(bytes + "x").has_value());
}

TEST(YamlTreeCodec, RejectsCountsLargerThanTheInputAndUnknownHeaders) {
  // A sequence (kind 2) at line 1, column 1 claiming 2^35 items.
  EXPECT_FALSE(decode_yaml_tree(std::string("\x02\x01\x01\x80\x80\x80\x80\x01", 8)).has_value());
  EXPECT_FALSE(decode_yaml_tree(std::string("\x40\x01\x01", 3)).has_value());
  std::string deep;
  for (int i = 0; i < 1000; ++i) deep += std::string("\x02\x01\x01\x01", 4);
  EXPECT_FALSE(decode_yaml_tree(deep).has_value());
}

}  // namespace
}  // namespace plimsoll::util
