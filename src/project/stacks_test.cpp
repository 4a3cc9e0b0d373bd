#include "project/stacks.h"

#include <gtest/gtest.h>

#include <set>

namespace plimsoll::project {
namespace {

TEST(Stacks, EnvironmentNames) {
  EXPECT_EQ(environment_name("compose/docker-compose.dev.yml"), "dev");
  EXPECT_EQ(environment_name("compose.prod.yaml"), "prod");
  EXPECT_EQ(environment_name("compose/test.yaml"), "test");
  EXPECT_EQ(environment_name("staging.compose.yaml"), "staging");
  EXPECT_EQ(environment_name("env/.env.dev"), "dev");
  EXPECT_EQ(environment_name(".env.dev.example"), "dev");
  EXPECT_EQ(environment_name("prod.env"), "prod");
  EXPECT_EQ(environment_name("compose.yaml"), "");
  EXPECT_EQ(environment_name(".env"), "");
}

TEST(Stacks, MakefileCallsWinAndDefaultsCoverTheRest) {
  std::set<std::string> files{"p/Makefile", "p/compose/docker-compose.dev.yml", "p/compose/docker-compose.test.yml",
                              "p/env/.env.dev", "p/env/.env.test", "p/compose.yaml", "p/compose.override.yaml",
                              "p/.env"};
  Exists exists = [&](const std::string& f) { return files.contains(f); };
  std::vector<MakefileCalls> make{{"p/Makefile", {{{"compose/docker-compose.dev.yml"}, {"env/.env.dev"}, "dev-up", 3}}}};
  auto plans = plan_stacks({"p/compose/docker-compose.dev.yml", "p/compose/docker-compose.test.yml", "p/compose.yaml",
                            "p/compose.override.yaml"},
                           {"p/env/.env.dev", "p/env/.env.test", "p/.env"}, make, exists);
  ASSERT_EQ(plans.size(), 3u);
  EXPECT_EQ(plans[0].files, std::vector<std::string>{"p/compose/docker-compose.dev.yml"});
  EXPECT_EQ(plans[0].env_files, std::vector<std::string>{"p/env/.env.dev"});
  EXPECT_EQ(plans[0].source, "p/Makefile:3 (dev-up)");
  // Not in the Makefile: paired with its environment's env file by name.
  EXPECT_EQ(plans[1].files, std::vector<std::string>{"p/compose/docker-compose.test.yml"});
  EXPECT_EQ(plans[1].env_files, std::vector<std::string>{"p/env/.env.test"});
  // compose's defaults: the override merges in, `.env` beside it.
  EXPECT_EQ(plans[2].files, (std::vector<std::string>{"p/compose.yaml", "p/compose.override.yaml"}));
  EXPECT_EQ(plans[2].env_files, std::vector<std::string>{"p/.env"});
}

}  // namespace
}  // namespace plimsoll::project
