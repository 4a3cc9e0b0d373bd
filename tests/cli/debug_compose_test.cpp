// `plimsoll debug compose`: the stack compose would run, printed as `docker compose config` does.
#include <nlohmann/json.hpp>

#include "cli_harness.h"

namespace plimsoll::testing_cli {
namespace {

class DebugCompose : public Cli {
 protected:
  // Standard output alone (what a pipe into jq or a diff reads).
  CliRun output(const std::string& args, const std::string& env = "NO_COLOR=1") {
    return run("debug compose " + args, env, "/dev/null");
  }
};

TEST_F(DebugCompose, MergesTheNamedFilesWithTheNamedEnvFilesAndTheShellWins) {
  write("compose.yaml", "services:\n  web:\n    image: shop/web:${TAG:-dev}\n    ports: ['${PORT}:80']\n"
                        "    environment: [MODE=base]\n");
  write("compose.prod.yaml", "services:\n  web:\n    environment:\n      MODE: prod\n      LEVEL: ${LEVEL}\n");
  write(".env", "TAG=from-dotenv\nPORT=1\nLEVEL=dotenv\n");
  write("prod.env", "TAG=from-prod-env\nPORT=8080\nLEVEL=prod-env\n");
  std::string files = "-f " + dir() + "/compose.yaml -f " + dir() + "/compose.prod.yaml ";
  CliRun r = output(files + "--env-file " + dir() + "/prod.env --format json");
  ASSERT_EQ(r.exit_code, 0) << run("debug compose " + files + "--env-file " + dir() + "/prod.env").out;
  auto model = nlohmann::json::parse(r.out);
  EXPECT_EQ(model["services"]["web"]["image"], "shop/web:from-prod-env") << "--env-file replaces .env";
  EXPECT_EQ(model["services"]["web"]["environment"], nlohmann::json::parse(R"({"LEVEL": "prod-env", "MODE": "prod"})"));
  EXPECT_EQ(model["services"]["web"]["ports"][0]["published"], "8080");
  EXPECT_EQ(model["services"]["web"]["ports"][0]["target"], 80);

  model = nlohmann::json::parse(output(files + "--format json").out);
  EXPECT_EQ(model["services"]["web"]["image"], "shop/web:from-dotenv") << "the .env beside the first file";
  model = nlohmann::json::parse(output(files + "--format json", "NO_COLOR=1 TAG=from-shell").out);
  EXPECT_EQ(model["services"]["web"]["image"], "shop/web:from-shell") << "the process environment wins over .env";
  model = nlohmann::json::parse(output(files + "--format json", "NO_COLOR=1 COMPOSE_PROJECT_NAME=shop").out);
  EXPECT_EQ(model["name"], "shop");
  EXPECT_EQ(model["networks"]["default"]["name"], "shop_default");
}

TEST_F(DebugCompose, UsesTheStacksACheckPlansAndSaysWhichFiles) {
  write("compose.yaml", "services:\n  web:\n    image: web:1\n");
  write("compose.override.yaml", "services:\n  web:\n    command: serve --reload\n");
  write("docker-compose.staging.yml", "services:\n  web:\n    image: web:${TAG}\n");
  write(".env.staging", "TAG=rc1\n");
  CliRun r = run("debug compose " + dir());
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("compose.override.yaml; env files: none; from: default"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("docker-compose.staging.yml; env files: " + dir() + "/.env.staging"), std::string::npos) << r.out;
  CliRun yaml = output(dir());
  EXPECT_NE(yaml.out.find("    command:\n      - serve\n      - --reload\n"), std::string::npos) << yaml.out;
  EXPECT_NE(yaml.out.find("    image: web:rc1\n"), std::string::npos) << yaml.out;
  EXPECT_NE(yaml.out.find("\n---\n# compose files: "), std::string::npos) << "one YAML document per stack";

  // A Makefile's `docker compose -f … --env-file …` call is the stack it describes.
  write("compose.prod.yaml", "services:\n  web:\n    command: serve\n");
  write(".env.prod", "X=1\n");
  write("Makefile", "prod-up:\n\tdocker compose -f compose.yaml -f compose.prod.yaml --env-file .env.prod up -d\n");
  r = run("debug compose " + dir());
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("compose.prod.yaml; env files: " + dir() + "/.env.prod; from: " + dir() + "/Makefile:2 (prod-up)"),
            std::string::npos)
      << r.out;
}

TEST_F(DebugCompose, ErrorsExitTwoInComposesWords) {
  write("compose.yaml", "services:\n  web:\n    image: ${IMAGE:?set IMAGE first}\n");
  CliRun r = run("debug compose " + dir());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("compose.yaml:3:12: required variable IMAGE is missing a value: set IMAGE first"), std::string::npos)
      << r.out;
  EXPECT_EQ(output(dir()).out, "") << "nothing is printed for a stack that does not load";

  write("compose.yaml", "services:\n  web:\n    image: [unclosed\n");
  r = run("debug compose " + dir());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("invalid YAML"), std::string::npos) << r.out;

  write("compose.yaml", "services:\n  web:\n    image: x\n    buld: .\n");
  r = run("debug compose " + dir());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("validating "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("buld"), std::string::npos) << r.out;

  EXPECT_EQ(run("debug compose " + dir() + "/nothing-here").exit_code, 2);
  EXPECT_EQ(run("debug compose -f " + dir() + "/missing.yaml").exit_code, 2);
}

TEST_F(DebugCompose, ProfilesSelectServices) {
  write("compose.yaml", "services:\n  web:\n    image: w\n  debug:\n    image: d\n    profiles: [dev]\n");
  auto services = [&](const std::string& args, const std::string& env = "NO_COLOR=1") {
    auto model = nlohmann::json::parse(output(dir() + " --format json " + args, env).out);
    std::vector<std::string> names;
    for (const auto& [name, service] : model["services"].items()) names.push_back(name);
    return names;
  };
  EXPECT_EQ(services(""), (std::vector<std::string>{"web"}));
  EXPECT_EQ(services("--profile dev"), (std::vector<std::string>{"debug", "web"}));
  EXPECT_EQ(services("", "NO_COLOR=1 COMPOSE_PROFILES=other,dev"), (std::vector<std::string>{"debug", "web"}));
}

TEST_F(DebugCompose, NeitherReadsOutsideTheProjectNorPassesControlCharacters) {
  write("outside/secret.env", "TOKEN=do-not-print\n");
  write("project/compose.yaml", "services:\n  web:\n    image: \"x\\e[2J\"\n    env_file: ../outside/secret.env\n");
  write("project/.git/HEAD", "ref: refs/heads/main\n");
  CliRun r = run("debug compose " + dir() + "/project");
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_EQ(r.out.find("do-not-print"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("outside the project root"), std::string::npos) << r.out;
  write("project/compose.yaml", "services:\n  web:\n    image: \"x\\e[2J\"\n    labels: {\"\\e]0;t\\a\": v}\n");
  r = run("debug compose " + dir() + "/project");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_EQ(r.out.find('\x1b'), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find('\a'), std::string::npos) << r.out;
}

}  // namespace
}  // namespace plimsoll::testing_cli
