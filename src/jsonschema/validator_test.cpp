#include "jsonschema/validator.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace plimsoll::jsonschema {
namespace {

using nlohmann::json;

Validator compile(const char* schema) {
  auto validator = Validator::compile(json::parse(schema));
  EXPECT_TRUE(validator);
  return *validator;
}

std::vector<std::string> messages(const Validator& v, const char* instance) {
  std::vector<std::string> out;
  for (const auto& e : v.validate(json::parse(instance))) out.push_back(e.message);
  return out;
}

constexpr const char* kService = R"({
  "type": "object",
  "properties": {
    "services": {"type": "object", "additionalProperties": {"$ref": "#/$defs/service"}}
  },
  "patternProperties": {"^x-": {}},
  "additionalProperties": false,
  "$defs": {
    "service": {
      "type": "object",
      "properties": {
        "build": {"oneOf": [{"type": "string"},
                            {"type": "object", "properties": {"context": {"type": "string"}},
                             "additionalProperties": false}]},
        "ports": {"type": "array", "uniqueItems": true,
                  "items": {"oneOf": [{"type": ["number", "string"]},
                                      {"type": "object", "required": ["target"]}]}},
        "stop_grace_period": {"type": "string", "format": "duration"},
        "restart": {"enum": ["no", "always", "on-failure"]}
      },
      "additionalProperties": false
    }
  }
})";

TEST(Validator, ValidInstancesHaveNoErrors) {
  Validator v = compile(kService);
  const char* doc = R"({"services": {"web": {"build": ".", "ports": [80, "443:443"]}}, "x-a": 1})";
  EXPECT_TRUE(v.is_valid(json::parse(doc)));
  EXPECT_TRUE(v.validate(json::parse(doc)).empty());
  EXPECT_TRUE(v.diagnostics().empty());
}

TEST(Validator, AdditionalPropertyPointsAtTheKey) {
  Validator v = compile(kService);
  auto errors = v.validate(json::parse(R"({"services": {"web": {"buld": "."}}})"));
  ASSERT_EQ(errors.size(), 1U);
  EXPECT_EQ(errors[0].message, "additional property `buld` is not allowed in `services.web`");
  EXPECT_EQ(errors[0].instance_location, "/services/web/buld");
  EXPECT_EQ(errors[0].keyword_location, "/$defs/service/additionalProperties");
  EXPECT_EQ(errors[0].keyword, "additionalProperties");
  EXPECT_THAT(
      messages(v, R"({"servics": {}})"),
      testing::ElementsAre("additional property `servics` is not allowed at the top level"));
}

TEST(Validator, OneOfExplainsWithTheBranchThatFitsTheType) {
  Validator v = compile(kService);
  EXPECT_THAT(messages(v, R"({"services": {"web": {"ports": [true]}}})"),
              testing::ElementsAre(
                  "`services.web.ports[0]` must be a string, number or object, got boolean"));
  EXPECT_THAT(
      messages(v, R"({"services": {"web": {"build": {"context": ".", "dockerfil": "x"}}}})"),
      testing::ElementsAre(
          "additional property `dockerfil` is not allowed in `services.web.build`"));
  EXPECT_THAT(
      messages(v, R"({"services": {"web": {"ports": [{"published": 80}]}}})"),
      testing::ElementsAre("`services.web.ports[0]` is missing the required property `target`"));
}

TEST(Validator, NamesValuesInMessages) {
  Validator v = compile(kService);
  EXPECT_THAT(messages(v, R"({"services": {"web": {"restart": "sometimes"}}})"),
              testing::ElementsAre("`services.web.restart` must be one of `no`, `always`, "
                                   "`on-failure`, got `sometimes`"));
  EXPECT_THAT(
      messages(v, R"({"services": {"web": {"stop_grace_period": "10 s"}}})"),
      testing::ElementsAre(
          "`services.web.stop_grace_period` must be a duration such as `1m30s`, got `10 s`"));
  EXPECT_THAT(messages(v, R"({"services": {"web": {"ports": [80, 80]}}})"),
              testing::ElementsAre(
                  "`services.web.ports` must not repeat items: [0] and [1] are both `80`"));
  EXPECT_THAT(messages(v, "[]"), testing::ElementsAre("the document must be an object, got array"));
}

// A value quoted in a message may hold bytes that are not UTF-8 (the checked file's): they are
// replaced, where dumping the value used to throw out of the check.
TEST(Validator, ValuesThatAreNotUtf8AreQuotedWithReplacements) {
  Validator v = compile(kService);
  json bad = json::array({std::string("a\xff")});
  json instance = {{"services", {{"web", {{"ports", json::array({bad, bad})}}}}}};
  std::vector<std::string> found;
  EXPECT_NO_THROW(for (const auto& e : v.validate(instance)) found.push_back(e.message));
  ASSERT_FALSE(found.empty());
  EXPECT_NE(found.back().find("\xef\xbf\xbd"), std::string::npos) << found.back();
}

TEST(Validator, RefCyclesTerminate) {
  Validator loop = compile(R"({"$ref": "#/definitions/a",
                               "definitions": {"a": {"$ref": "#/definitions/b"},
                                               "b": {"$ref": "#/definitions/a"}}})");
  auto errors = loop.validate(json::parse("1"));
  ASSERT_EQ(errors.size(), 1U);
  EXPECT_THAT(errors[0].message, testing::HasSubstr("`$ref` cycle"));
  // A recursive schema that descends into the instance is fine.
  Validator tree = compile(R"({"type": "object",
                               "additionalProperties": {"$ref": "#"}})");
  EXPECT_TRUE(tree.is_valid(json::parse(R"({"a": {"b": {"c": {}}}})")));
  EXPECT_FALSE(tree.is_valid(json::parse(R"({"a": {"b": 1}})")));
}

TEST(Validator, UnsupportedPartsAreDiagnosedAndAcceptEverything) {
  Validator v = compile(R"({"properties": {"a": {"$ref": "http://example.com/s.json"},
                                          "b": {"pattern": "^(?!x)y"}}})");
  ASSERT_EQ(v.diagnostics().size(), 2U);
  EXPECT_THAT(v.diagnostics()[0].message, testing::HasSubstr("lookahead"));
  EXPECT_EQ(v.diagnostics()[0].schema_location, "/properties/b/pattern");
  EXPECT_THAT(v.diagnostics()[1].message, testing::HasSubstr("names another document"));
  EXPECT_TRUE(v.is_valid(json::parse(R"({"a": 1, "b": "xyz"})")));
  EXPECT_FALSE(Validator::compile(json(3)));
}

TEST(Validator, IntegerAcceptsWholeFloats) {
  Validator v = compile(R"({"type": "integer", "minimum": 1})");
  EXPECT_TRUE(v.is_valid(json::parse("1.0")));
  EXPECT_THAT(messages(v, "1.5"),
              testing::ElementsAre("the document must be an integer, got number"));
  EXPECT_THAT(messages(v, "0"), testing::ElementsAre("the document must be at least 1, got 0"));
}

}  // namespace
}  // namespace plimsoll::jsonschema
