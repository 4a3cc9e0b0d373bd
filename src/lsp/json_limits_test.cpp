#include "lsp/json_limits.h"

#include <gtest/gtest.h>

#include <string>

namespace plimsoll::lsp {
namespace {

std::string nested(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

TEST(JsonLimits, DepthUpToTheLimitParses) {
  BoundedParse at = parse_bounded(nested(8), {8, 100});
  ASSERT_EQ(at.outcome, BoundedParse::Outcome::kOk) << at.error;
  EXPECT_TRUE(at.value.is_array());
  BoundedParse past = parse_bounded(nested(9), {8, 100});
  EXPECT_EQ(past.outcome, BoundedParse::Outcome::kTooDeep);
  EXPECT_EQ(past.error, "the message nests deeper than 8 levels");
  EXPECT_TRUE(past.value.is_null());
}

TEST(JsonLimits, ObjectsCountTowardsDepth) {
  EXPECT_EQ(parse_bounded(R"({"a":{"b":[{}]}})", {3, 100}).outcome, BoundedParse::Outcome::kTooDeep);
  EXPECT_EQ(parse_bounded(R"({"a":{"b":[{}]}})", {4, 100}).outcome, BoundedParse::Outcome::kOk);
}

TEST(JsonLimits, ADeepBodyIsRefusedWhereItPassesTheLimit) {
  // 4 MB of brackets: refused by the default limit, not built into a million nested arrays.
  std::string body = nested(std::size_t{2} << 20);
  BoundedParse parsed = parse_bounded(body);
  EXPECT_EQ(parsed.outcome, BoundedParse::Outcome::kTooDeep);
  EXPECT_NE(parsed.error.find(std::to_string(kMaxJsonDepth)), std::string::npos);
}

TEST(JsonLimits, TooManyValuesAreRefused) {
  std::string wide = "[0";
  for (int i = 0; i < 20; ++i) wide += ",0";
  wide += "]";
  EXPECT_EQ(parse_bounded(wide, {8, 22}).outcome, BoundedParse::Outcome::kOk);  // 21 numbers + the array
  BoundedParse past = parse_bounded(wide, {8, 21});
  EXPECT_EQ(past.outcome, BoundedParse::Outcome::kTooMany);
  EXPECT_EQ(past.error, "the message holds more than 21 JSON values");
}

TEST(JsonLimits, SyntaxErrorsStayParseErrors) {
  EXPECT_EQ(parse_bounded(R"({"a":)").outcome, BoundedParse::Outcome::kSyntax);
  EXPECT_EQ(parse_bounded("").outcome, BoundedParse::Outcome::kSyntax);
  EXPECT_EQ(parse_bounded("[1] 2").outcome, BoundedParse::Outcome::kSyntax);
}

TEST(JsonLimits, ParsedValueIsTheWholeDocument) {
  BoundedParse parsed = parse_bounded(R"({"s":"x","n":-1,"u":2,"f":1.5,"b":true,"z":null,"a":[1,{}]})");
  ASSERT_EQ(parsed.outcome, BoundedParse::Outcome::kOk);
  EXPECT_EQ(parsed.value, Json::parse(R"({"s":"x","n":-1,"u":2,"f":1.5,"b":true,"z":null,"a":[1,{}]})"));
}

}  // namespace
}  // namespace plimsoll::lsp
