#include "knowledge/secret_files.h"

#include <gtest/gtest.h>

namespace plimsoll::knowledge {
namespace {

TEST(SecretFiles, CredentialsAndTheirSafeLookAlikes) {
  for (auto p : {".env", ".env.production", "config/prod.env", "id_rsa", "certs/server.key", ".npmrc", "home/.aws/credentials",
                 ".docker/config.json", "deploy/.ssh/known_keys"}) {
    EXPECT_TRUE(is_secret_file(p)) << p;
  }
  for (auto p : {".env.example", "id_rsa.pub", "server.crt", "app.py", "requirements.txt", "config.json", ".envrc-not"}) {
    EXPECT_FALSE(is_secret_file(p)) << p;
  }
}

}  // namespace
}  // namespace plimsoll::knowledge
