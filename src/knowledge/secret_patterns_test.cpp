#include "knowledge/secret_patterns.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include "knowledge/load.h"

namespace plimsoll::knowledge {
namespace {

TEST(SecretPatterns, FindsKnownFormatsAndWhereTheyAre) {
  std::string text = "export TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789 && echo";
  auto m = find_secret(text);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->kind, "GitHub token");
  EXPECT_EQ(text.substr(m->begin, m->end - m->begin), "ghp_abcdefghijklmnopqrstuvwxyz0123456789");
  EXPECT_EQ(find_secret("AKIAIOSFODNN7EXAMPLE is an id")->kind, "AWS access key ID");
  EXPECT_EQ(find_secret("-----BEGIN OPENSSH PRIVATE KEY-----")->kind, "private key");
  EXPECT_EQ(find_secret("postgres://app:s3cr3tpw@db:5432/app")->kind, "URL with a password");
  EXPECT_FALSE(find_secret("postgres://app:${DB_PASSWORD}@db/app").has_value());
  EXPECT_FALSE(find_secret("https://github.com/moby/buildkit.git").has_value());
  EXPECT_FALSE(find_secret("ghp_short").has_value());
}

// Each format's example is found whole, as that format; with its keywords broken, the regex no
// longer matches it, so the keywords a text is screened with are ones every match contains.
TEST(SecretPatterns, EveryFormatsExampleIsFoundAndNeedsAKeyword) {
  util::YamlNode doc = load_embedded_yaml("data/knowledge/secret_patterns.yaml");
  const util::YamlNode* formats = doc.find("patterns");
  ASSERT_NE(formats, nullptr);
  ASSERT_GE(formats->items.size(), 12u);
  for (const auto& format : formats->items) {
    std::string name = scalar_or(format.find("name"), "");
    std::string example = scalar_or(format.find("example"), "");
    SCOPED_TRACE(name);
    ASSERT_FALSE(example.empty());
    std::string text = "value=" + example + " ";
    auto found = find_secret(text);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->kind, name);
    EXPECT_EQ(text.substr(found->begin, found->end - found->begin), example);

    std::string broken = text;
    for (const auto& keyword : scalar_list(format.find("keywords"))) {
      for (auto at = broken.find(keyword); at != std::string::npos; at = broken.find(keyword, at + 1)) broken[at] = '#';
    }
    RE2 regex(scalar_or(format.find("regex"), ""));
    ASSERT_TRUE(regex.ok());
    EXPECT_TRUE(RE2::PartialMatch(text, regex));
    EXPECT_FALSE(RE2::PartialMatch(broken, regex)) << broken;
  }
}

TEST(SecretPatterns, TheEarliestOfSeveralFormatsIsReported) {
  std::string text = "a=postgres://app:Zq8Xv3Lm@db/app b=AKIAQ3EGRXNV7LKD2W5T";
  auto found = find_secret(text);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->kind, "URL with a password");
  EXPECT_EQ(found->begin, 2u);
}

TEST(SecretPatterns, Placeholders) {
  EXPECT_TRUE(is_placeholder("changeme"));
  EXPECT_TRUE(is_placeholder("changePassword"));
  EXPECT_TRUE(is_placeholder("changeRunnerAuthToken"));
  EXPECT_TRUE(is_placeholder("change_this_secret"));
  EXPECT_TRUE(is_placeholder("changeit"));
  EXPECT_TRUE(is_placeholder("replaceWithYourKey"));
  // The verb alone, a word that only starts like it, or a value with digits is not one.
  EXPECT_FALSE(is_placeholder("changes"));
  EXPECT_FALSE(is_placeholder("changelog"));
  EXPECT_FALSE(is_placeholder("changeP4ssw0rd"));
  // Capital words joined by `_` name the value that goes there.
  EXPECT_TRUE(is_placeholder("STRONG_DB_PASSWORD"));
  EXPECT_TRUE(is_placeholder("YOUR_API_KEY"));
  EXPECT_FALSE(is_placeholder("PASSWORD"));     // one word: a (weak) password
  EXPECT_FALSE(is_placeholder("K7_QX9_ZT2"));   // digits
  EXPECT_FALSE(is_placeholder("Strong_Pass"));  // mixed case
  EXPECT_TRUE(is_placeholder("<your-token>"));
  EXPECT_TRUE(is_placeholder("${TOKEN}"));
  EXPECT_TRUE(is_placeholder("my-example-key"));
  EXPECT_TRUE(is_placeholder("SECRET_KEY_FOR_BUILD"));
  EXPECT_FALSE(is_placeholder("hunter2-real"));
  // Real, if weak, passwords: compose files set databases to them.
  EXPECT_FALSE(is_placeholder("password"));
  EXPECT_FALSE(is_placeholder("secret"));
  // `build` is a word, not a substring: it may sit inside a random value.
  EXPECT_FALSE(is_placeholder("q7Rbuildx9Lm2"));
  // Markers a template engine or configure step replaces.
  EXPECT_TRUE(is_placeholder("@APP_TOKEN@"));
  EXPECT_TRUE(is_placeholder("%APP_TOKEN%"));
  EXPECT_TRUE(is_placeholder("__APP_TOKEN__"));
  EXPECT_TRUE(is_placeholder("{{ app_token }}"));
  EXPECT_FALSE(is_placeholder("@"));
  EXPECT_FALSE(is_placeholder("x9Kq2Lm7Rt4Vz8@"));  // one mark is not a wrapping
}

}  // namespace
}  // namespace plimsoll::knowledge
