#include "compose/yaml_json.h"

#include <gtest/gtest.h>

#include <cmath>

namespace plimsoll::compose {
namespace {

using nlohmann::json;

TEST(PlainScalarValue, TypesLikeTheYaml12CoreSchema) {
  EXPECT_EQ(plain_scalar_value("true"), json(true));
  EXPECT_EQ(plain_scalar_value("FALSE"), json(false));
  EXPECT_EQ(plain_scalar_value("yes"), json("yes"));  // YAML 1.1 booleans are strings now
  EXPECT_EQ(plain_scalar_value("~"), json(nullptr));
  EXPECT_EQ(plain_scalar_value("Null"), json(nullptr));
  EXPECT_EQ(plain_scalar_value("42"), json(42));
  EXPECT_EQ(plain_scalar_value("-7"), json(-7));
  EXPECT_EQ(plain_scalar_value("0x1F"), json(31));
  EXPECT_EQ(plain_scalar_value("0o17"), json(15));
  EXPECT_EQ(plain_scalar_value("0777"), json(511));  // YAML 1.1 octal, still decoded
  EXPECT_EQ(plain_scalar_value("1_000"), json(1000));
  EXPECT_EQ(plain_scalar_value("18446744073709551615"), json(18446744073709551615ULL));
  EXPECT_TRUE(plain_scalar_value("1.5").is_number_float());
  EXPECT_EQ(plain_scalar_value("1e3"), json(1000.0));
  EXPECT_EQ(plain_scalar_value(".5"), json(0.5));
  EXPECT_EQ(plain_scalar_value("08"), json(8.0));  // not octal, but a float
  EXPECT_TRUE(std::isinf(plain_scalar_value("-.inf").get<double>()));
  EXPECT_TRUE(std::isnan(plain_scalar_value(".NaN").get<double>()));
  for (const char* text : {"80:80", "1.2.3", "0x", "+", "-", "1e", "2024-01-02", "1h30m", ".x"}) {
    EXPECT_EQ(plain_scalar_value(text), json(text)) << text;
  }
}

TEST(YamlToJson, QuotedScalarsStayStringsAndPointersFindNodes) {
  auto root =
      util::parse_yaml("a: \"true\"\nb: true\nc:\n  - 1\n  - 'x'\n  - ~\n\"d/e\": {f: 2}\n");
  ASSERT_TRUE(root);
  json value = yaml_to_json(*root);
  EXPECT_EQ(value,
            json::parse(R"({"a": "true", "b": true, "c": [1, "x", null], "d/e": {"f": 2}})"));
  const util::YamlNode* item = node_at_pointer(*root, "/c/1", false);
  ASSERT_NE(item, nullptr);
  EXPECT_EQ(item->line, 5U);
  EXPECT_EQ(item->column, 5U);
  const util::YamlNode* key = node_at_pointer(*root, "/d~1e/f", true);
  ASSERT_NE(key, nullptr);
  EXPECT_EQ(key->scalar, "f");
  EXPECT_EQ(key->line, 7U);
  EXPECT_EQ(node_at_pointer(*root, "/c/9", false), nullptr);
  EXPECT_EQ(node_at_pointer(*root, "", false), &*root);
}

}  // namespace
}  // namespace plimsoll::compose
