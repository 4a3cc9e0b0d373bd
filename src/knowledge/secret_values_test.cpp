#include "knowledge/secret_values.h"

#include <gtest/gtest.h>

namespace plimsoll::knowledge {
namespace {

TEST(SecretValues, ReferencesPlaceholdersAndSettingsAreNotCredentials) {
  EXPECT_EQ(classify_secret_value("DB_PASSWORD", "${DB_PASSWORD}"), SecretValue::kReference);
  EXPECT_EQ(classify_secret_value("SECRET_KEY", "dummy"), SecretValue::kPlaceholder);
  EXPECT_EQ(classify_secret_value("SECRET_KEY", "build-only"), SecretValue::kPlaceholder);
  EXPECT_EQ(classify_secret_value("SECRET_KEY", "Not-A-Secret"), SecretValue::kPlaceholder);
  EXPECT_EQ(classify_secret_value("API_TOKEN", "<your token>"), SecretValue::kPlaceholder);
  EXPECT_EQ(classify_secret_value("SECRET_KEY", "django-insecure-8x!2k#qv9z@m4p&w7r1t6y0u3i5o"),
            SecretValue::kPlaceholder);
  EXPECT_EQ(classify_secret_value("AUTH_ENABLED", "true"), SecretValue::kNotCredential);
  EXPECT_EQ(classify_secret_value("API_TOKEN", "3600"), SecretValue::kNotCredential);
  EXPECT_EQ(classify_secret_value("SECRET_KEY", "/run/secrets/django"), SecretValue::kNotCredential);
  EXPECT_EQ(classify_secret_value("OAUTH_TOKEN", "https://login.shop.io/oauth/token"), SecretValue::kNotCredential);
  EXPECT_EQ(classify_secret_value("API_TOKEN", ""), SecretValue::kEmpty);
}

TEST(SecretValues, GuessablePasswordsAreWeak) {
  for (const char* value : {"password", "root", "secret", "admin", "postgres", "mysecretpassword",
                            "supersecretpassword123", "hunter2", "my-secret-pw"}) {
    EXPECT_EQ(classify_secret_value("POSTGRES_PASSWORD", value), SecretValue::kWeak) << value;
  }
  EXPECT_EQ(classify_secret_value("MYSQL_ROOT_PASSWORD", "123456"), SecretValue::kWeak);
}

TEST(SecretValues, GeneratedValuesAndKnownFormatsAreStrong) {
  EXPECT_EQ(classify_secret_value("API_TOKEN", "9f8e7d6c5b4a39281706"), SecretValue::kStrong);
  EXPECT_EQ(classify_secret_value("SECRET_KEY", "kX9pQ2mZ7vR4tY8w"), SecretValue::kStrong);
  // The format decides before the words: a GitHub token stays one with `fake` in it.
  EXPECT_EQ(classify_secret_value("GH", "ghp_fakeabcdefghijklmnopqrstuvwxyz0123456"), SecretValue::kStrong);
  // ... but the key AWS documents as its example, and filler, are not tokens.
  EXPECT_EQ(classify_secret_value("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE"), SecretValue::kPlaceholder);
  EXPECT_NE(classify_secret_value("GH", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"), SecretValue::kStrong);
}

TEST(SecretValues, LocalHosts) {
  for (const char* host : {"localhost", "127.0.0.1", "::1", "db", "redis", "host.docker.internal", "api.localhost"}) {
    EXPECT_TRUE(is_local_host(host)) << host;
  }
  for (const char* host : {"db.internal.example.org", "10.0.0.5", "github.com"}) EXPECT_FALSE(is_local_host(host)) << host;
}

TEST(SecretValues, CredentialsInTextAreJudged) {
  EXPECT_FALSE(find_credential("DATABASE_URL=postgres://postgres:postgres@localhost/db").has_value());
  EXPECT_FALSE(find_credential("redis://:pass@redis:6379/0").has_value());
  EXPECT_FALSE(find_credential("postgres://app:${DB_PASSWORD}@db.example.org/app").has_value());
  EXPECT_FALSE(find_credential("aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE").has_value());
  EXPECT_FALSE(find_credential("https://deploy:hunter2@registry.example.com/v2/").has_value());
  auto remote_weak = find_credential("mysql://app:hunter2@db.prod.shop.io/app");
  ASSERT_TRUE(remote_weak.has_value());
  EXPECT_FALSE(remote_weak->strong);
  auto local_strong = find_credential("postgres://app:Zq8vN3xK7pR2mW5t@localhost/app");
  ASSERT_TRUE(local_strong.has_value());
  EXPECT_TRUE(local_strong->strong && local_strong->local);
  // A dropped match does not hide a later one.
  std::string text = "postgres://u:pw1@localhost/db ghp_abcdefghijklmnopqrstuvwxyz0123456789";
  auto later = find_credential(text);
  ASSERT_TRUE(later.has_value());
  EXPECT_EQ(later->match.kind, "GitHub token");
  EXPECT_EQ(text.substr(later->match.begin, 4), "ghp_");
}

}  // namespace
}  // namespace plimsoll::knowledge
