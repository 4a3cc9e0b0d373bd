#include "project/makefile.h"

#include <gtest/gtest.h>

namespace plimsoll::project {
namespace {

TEST(Makefile, TargetsAndComposeCallsWithVariables) {
  Makefile m = parse_makefile(
      "COMPOSE_DEV := compose/docker-compose.dev.yml\n"
      "ENV_DEV = env/.env.dev\n"
      ".PHONY: dev-up dev-down\n"
      "dev-up:\n"
      "\t@docker compose -f $(COMPOSE_DEV) --env-file ${ENV_DEV} up -d\n"
      "dev-down: ## stop\n"
      "\tdocker-compose --file=compose/base.yml \\\n"
      "\t  -f compose/docker-compose.dev.yml down && echo done\n"
      "URL = http://x:80\n");
  ASSERT_EQ(m.targets.size(), 2u);
  EXPECT_EQ(m.targets[0].name, "dev-up");
  EXPECT_EQ(m.targets[0].line, 4u);
  EXPECT_TRUE(m.has_target("dev-down"));
  EXPECT_FALSE(m.has_target(".PHONY"));
  ASSERT_EQ(m.compose_calls.size(), 2u);
  EXPECT_EQ(m.compose_calls[0].files, std::vector<std::string>{"compose/docker-compose.dev.yml"});
  EXPECT_EQ(m.compose_calls[0].env_files, std::vector<std::string>{"env/.env.dev"});
  EXPECT_EQ(m.compose_calls[0].target, "dev-up");
  EXPECT_EQ(m.compose_calls[0].line, 5u);
  EXPECT_EQ(m.compose_calls[1].files, (std::vector<std::string>{"compose/base.yml", "compose/docker-compose.dev.yml"}));
  EXPECT_EQ(m.compose_calls[1].line, 7u);
}

TEST(Makefile, GarbageIsSkipped) {
  Makefile m = parse_makefile("\t\t\n:::\n$(\n\tdocker compose -f\n=\n");
  EXPECT_TRUE(m.compose_calls.empty());
}

}  // namespace
}  // namespace plimsoll::project
