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

// A file a rule makes may start with a dot; make's special targets are a dot and capitals.
TEST(Makefile, DotFilesAreTargetsSpecialTargetsAreNot) {
  Makefile m = parse_makefile(".PHONY: up\n.DEFAULT_GOAL := up\n.SECONDEXPANSION:\nup: .env\n\tdocker compose up\n"
                              ".env:\n\tcp env.dist .env\n");
  ASSERT_EQ(m.targets.size(), 2u);
  EXPECT_TRUE(m.has_target("up"));
  EXPECT_TRUE(m.has_target(".env"));
  EXPECT_FALSE(m.has_target(".SECONDEXPANSION"));
}

TEST(Makefile, OnlyOptionsBeforeTheSubcommandNameComposeFiles) {
  Makefile m = parse_makefile(
      "docs:\n"
      "\tdocker compose run --rm blog mkdocs build -f docs/site.yml\n"
      "up:\n"
      "\tdocker compose -p shop --profile dev -f compose.yaml up -d --env-file ignored.env\n"
      "serve:\n"
      "\tpodman-compose --file compose.dev.yaml up && docker compose exec web sh -c 'cat -f x.yml'\n");
  ASSERT_EQ(m.compose_calls.size(), 2u);
  EXPECT_EQ(m.compose_calls[0].files, std::vector<std::string>{"compose.yaml"});
  EXPECT_TRUE(m.compose_calls[0].env_files.empty());
  EXPECT_EQ(m.compose_calls[0].target, "up");
  EXPECT_EQ(m.compose_calls[1].files, std::vector<std::string>{"compose.dev.yaml"});
}

TEST(Makefile, GarbageIsSkipped) {
  Makefile m = parse_makefile("\t\t\n:::\n$(\n\tdocker compose -f\n=\n");
  EXPECT_TRUE(m.compose_calls.empty());
}

TEST(Makefile, NestedVariablesExpandOnceEach) {
  Makefile m = parse_makefile(
      "DIR = compose\nBASE = $(DIR)/base.yml\nBOTH = -f $(BASE) -f $(DIR)/dev.yml\nSELF = $(SELF) x\n"
      "up:\n\tdocker compose $(BOTH) --env-file $(SELF) up\n");
  ASSERT_EQ(m.compose_calls.size(), 1u);
  EXPECT_EQ(m.compose_calls[0].files, (std::vector<std::string>{"compose/base.yml", "compose/dev.yml"}));
  EXPECT_EQ(m.compose_calls[0].env_files, std::vector<std::string>{"$(SELF)"});  // circular: as written
  EXPECT_TRUE(m.diagnostics.empty());
}

TEST(Makefile, FanOutStopsAtTheExpansionLimit) {
  // V9 names V8 sixteen times, V8 names V7 sixteen times, …: 16^9 copies of V0 unbounded.
  std::string text = "V0 = xxxxxxxxxx\n";
  for (int i = 1; i < 10; ++i) {
    text += "V" + std::to_string(i) + " = xxxxxxxxxx";
    for (int k = 0; k < 16; ++k) text += "$(V" + std::to_string(i - 1) + ")";
    text += "\n";
  }
  text += "all:\n\techo $(V9)\n\tdocker compose -f $(V1) up\n";
  Makefile m = parse_makefile(text);
  ASSERT_FALSE(m.diagnostics.empty());
  EXPECT_NE(m.diagnostics[0].message.find("expands to more than"), std::string::npos);
  ASSERT_EQ(m.compose_calls.size(), 1u);
  EXPECT_EQ(m.compose_calls[0].files.at(0).size(), 10u + 16u * 10u);  // small ones still expand
}

TEST(Makefile, ManyReferencesToALargeVariableStopAtTheTotalLimit) {
  std::string text = "BIG = " + std::string(60000, 'x') + "\nall:\n";
  for (int i = 0; i < 1000; ++i) text += "\techo $(BIG)\n";  // 60 MB if each copied it out
  Makefile m = parse_makefile(text);
  ASSERT_FALSE(m.diagnostics.empty());
  EXPECT_NE(m.diagnostics.back().message.find("in all"), std::string::npos);
}

}  // namespace
}  // namespace plimsoll::project
