#include "jsonschema/regex.h"

#include <gtest/gtest.h>

namespace plimsoll::jsonschema {
namespace {

TEST(Regex, SearchesUnanchored) {
  auto re = Regex::compile("always|never|every_([0-9]+[wdhms])+");
  ASSERT_TRUE(re);
  EXPECT_TRUE(re->search("never"));
  EXPECT_TRUE(re->search("xx_every_2d"));
  EXPECT_FALSE(re->search("sometimes"));
}

TEST(Regex, TranslatesEcmaSpellings) {
  auto unicode = Regex::compile("^\\u00e9$");
  ASSERT_TRUE(unicode);
  EXPECT_TRUE(unicode->search("\xC3\xA9"));
  auto slash = Regex::compile("^a\\/b$");
  ASSERT_TRUE(slash);
  EXPECT_TRUE(slash->search("a/b"));
  auto named = Regex::compile("(?<year>[0-9]{4})");
  ASSERT_TRUE(named);
  EXPECT_TRUE(named->search("in 2024"));
}

TEST(Regex, ReportsFeaturesRe2Lacks) {
  auto lookahead = Regex::compile("^(?!x-)");
  ASSERT_FALSE(lookahead);
  EXPECT_NE(lookahead.error().message.find("lookahead"), std::string::npos);
  auto backref = Regex::compile("(a)\\1");
  ASSERT_FALSE(backref);
  EXPECT_NE(backref.error().message.find("backreference"), std::string::npos);
  EXPECT_FALSE(Regex::compile("(unclosed"));
}

}  // namespace
}  // namespace plimsoll::jsonschema
