#include "init/toml.h"

#include <gtest/gtest.h>

namespace plimsoll::init {
namespace {

TEST(Toml, ReadsTablesDottedKeysArraysAndInlineTables) {
  auto doc = parse_toml(R"(# a comment
[project]
name = "shop"   # trailing comment
requires-python = ">=3.12"
dependencies = [
  "fastapi>=0.115",  # inside an array
  'uvicorn[standard]',
]
[project.scripts]
serve = "shop.main:run"
[tool.poetry.dependencies]
python = "^3.12"
psycopg = { version = "^3.2", extras = ["binary"] }
[[bin]]
name = "api"
[[bin]]
name = "worker"
)");
  ASSERT_TRUE(doc) << doc.error().message;
  EXPECT_EQ(doc->string_at("project.name"), "shop");
  EXPECT_EQ(doc->string_at("project.requires-python"), ">=3.12");
  ASSERT_NE(doc->at("project.dependencies"), nullptr);
  ASSERT_EQ(doc->at("project.dependencies")->items.size(), 2u);
  EXPECT_EQ(doc->at("project.dependencies")->items[1].text, "uvicorn[standard]");
  EXPECT_EQ(doc->string_at("project.scripts.serve"), "shop.main:run");
  EXPECT_EQ(doc->at("tool.poetry.dependencies.psycopg.extras")->items[0].text, "binary");
  ASSERT_EQ(doc->at("bin")->items.size(), 2u);
  EXPECT_EQ(doc->at("bin")->items[1].string_at("name"), "worker");
}

TEST(Toml, StringsEscapesAndMultiline) {
  auto doc = parse_toml("a = \"tab\\there \\u00e9\"\nb = '''\nraw \\n text'''\nc = \"\"\"\nline one\nline two\"\"\"\n");
  ASSERT_TRUE(doc) << doc.error().message;
  EXPECT_EQ(doc->string_at("a"), "tab\there \xc3\xa9");
  EXPECT_EQ(doc->string_at("b"), "raw \\n text");
  EXPECT_EQ(doc->string_at("c"), "line one\nline two");
}

TEST(Toml, NumbersBooleansAndDates) {
  auto doc = parse_toml("n = 42\nf = 1.5\nt = true\nd = 1979-05-27T07:32:00Z\n");
  ASSERT_TRUE(doc) << doc.error().message;
  EXPECT_EQ(doc->at("n")->kind, TomlValue::Kind::kInteger);
  EXPECT_EQ(doc->at("f")->kind, TomlValue::Kind::kFloat);
  EXPECT_EQ(doc->at("t")->kind, TomlValue::Kind::kBool);
  EXPECT_EQ(doc->at("d")->kind, TomlValue::Kind::kDatetime);
}

TEST(Toml, ErrorsNameLineAndColumn) {
  auto unterminated = parse_toml("[project]\nname = \"shop\n");
  ASSERT_FALSE(unterminated);
  EXPECT_EQ(unterminated.error().message, "line 2, column 13: newline in a single-line string");
  auto duplicate = parse_toml("a = 1\na = 2\n");
  ASSERT_FALSE(duplicate);
  EXPECT_NE(duplicate.error().message.find("line 2"), std::string::npos);
  EXPECT_NE(duplicate.error().message.find("duplicate key 'a'"), std::string::npos);
  EXPECT_FALSE(parse_toml("a = \n"));
  EXPECT_FALSE(parse_toml("[a\n"));
  EXPECT_FALSE(parse_toml("a = [1, 2\n"));
  EXPECT_FALSE(parse_toml("a = \"\\uZZZZ\"\n"));
}

TEST(Toml, DeepNestingIsRefusedNotACrash) {
  std::string text = "a = " + std::string(10000, '[') + std::string(10000, ']') + "\n";
  auto doc = parse_toml(text);
  ASSERT_FALSE(doc);
  EXPECT_NE(doc.error().message.find("nesting too deep"), std::string::npos);
}

}  // namespace
}  // namespace plimsoll::init
