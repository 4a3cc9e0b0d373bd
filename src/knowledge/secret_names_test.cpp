#include "knowledge/secret_names.h"

#include <gtest/gtest.h>

namespace plimsoll::knowledge {
namespace {

TEST(SecretNames, FlagsCredentialLookingNames) {
  for (const char* name : {"GITHUB_TOKEN", "DB_PASSWORD", "API_KEY", "AWS_SECRET_ACCESS_KEY",
                           "apiKey", "APIKEY", "PRIVATE_KEY", "NPM_AUTH", "DBPASSWORD", "passwd"}) {
    EXPECT_TRUE(looks_like_secret_name(name)) << name;
  }
}

TEST(SecretNames, LeavesHarmlessNamesAlone) {
  for (const char* name : {"PUBLIC_KEY", "TOKEN_FILE", "SSH_KEY_PATH", "MYTOKEN", "KEYBOARD",
                           "PYTHON_VERSION", "PORT", "PATH", "PWD", "SECRET_NAME", "AUTH_URL",
                           "DefaultProcess__Filters__0__Key"}) {
    EXPECT_FALSE(looks_like_secret_name(name)) << name;
  }
}

TEST(SecretNames, SplitsSnakeKebabDotAndCamelCase) {
  EXPECT_EQ(name_tokens("my-App.dbPassword_X"),
            (std::vector<std::string>{"my", "app", "db", "password", "x"}));
}

}  // namespace
}  // namespace plimsoll::knowledge
