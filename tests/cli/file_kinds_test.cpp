// What a file is decides whether and how it is checked: templates and files of other kinds are
// noticed and left alone, a compose file is checked as one whatever its name.
#include <gtest/gtest.h>

#include <string>

#include "cli_harness.h"

namespace {

using plimsoll::testing_cli::Cli;
using plimsoll::testing_cli::CliRun;
using plimsoll::testing_cli::run;

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

constexpr const char* kPrivilegedCompose = "services:\n  web:\n    image: nginx:1.27.3\n    privileged: true\n";

TEST_F(Cli, TemplatesInTheTreeAreNoticedNotChecked) {
  write("Dockerfile.j2", "FROM {{ base }}\nUSER root\n");
  write("docker/Dockerfile", "FROM {{ registry }}/python:3.12\nUSER root\n");
  write("deploy/docker-compose.yml.tmpl", kPrivilegedCompose);
  write("compose.yaml.jinja2", kPrivilegedCompose);
  write("app/Dockerfile", "FROM debian:12-slim\nUSER root\n");
  CliRun r = run("check --fail-on none " + dir());
  EXPECT_EQ(r.exit_code, 0) << r.out;
  for (const char* file : {"/Dockerfile.j2: a template", "/docker/Dockerfile: a template",
                           "/deploy/docker-compose.yml.tmpl: a template", "/compose.yaml.jinja2: a template"}) {
    EXPECT_TRUE(has(r.out, std::string("plimsoll: notice: ") + dir() + file)) << file << "\n" << r.out;
  }
  EXPECT_FALSE(has(r.out, "DC003")) << r.out;
  EXPECT_TRUE(has(r.out, "app/Dockerfile:2:1: warning DF010")) << r.out;
  EXPECT_TRUE(has(r.out, "in 1 of 1 file(s)")) << r.out;  // app/Dockerfile alone
}

TEST_F(Cli, EnvNamesWithAnotherKindsSuffixAreNotEnvFiles) {
  write(".env.sh", "export API_TOKEN=$(vault read -field=token secret/api)\n");
  write(".env.json", "{\"API_TOKEN\": \"x\"}\n");
  write(".env.orig", "API_TOKEN=ghp_1234567890abcdefghijklmnopqrstuvwxyzAB\n");
  write("Dockerfile", "FROM debian:12-slim\n");
  CliRun r = run("check --fail-on none --format gnu " + dir());
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_FALSE(has(r.out, ".env.")) << r.out;
}

TEST_F(Cli, ANamedFileOfNoKnownKindIsNoticedNotReadAsADockerfile) {
  write("main.py", "print('hello')\n");
  write("requirements.txt", "flask==3.1.0\n");
  write("README.md", "# Service\n\nFROM here on, read the guide.\n");
  CliRun r = run("check " + dir() + "/main.py " + dir() + "/requirements.txt " + dir() + "/README.md");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_FALSE(has(r.out, "DF074")) << r.out;
  for (const char* file : {"/main.py", "/requirements.txt", "/README.md"}) {
    EXPECT_TRUE(has(r.out, std::string("plimsoll: notice: ") + dir() + file + ": neither a Dockerfile")) << r.out;
  }
}

TEST_F(Cli, ANamedFileIsADockerfileByNameOrByItsFirstLines) {
  write("build/Dockerfile-worker", "FROM debian:12-slim\nUSER root\n");
  write("build/recipe", "# syntax=docker/dockerfile:1\n\nARG BASE=debian:12-slim\nFROM $BASE\nUSER root\n");
  CliRun r = run("check --fail-on none " + dir() + "/build/Dockerfile-worker " + dir() + "/build/recipe");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_TRUE(has(r.out, "Dockerfile-worker:2:1: warning DF010")) << r.out;
  EXPECT_TRUE(has(r.out, "recipe:5:1: warning DF010")) << r.out;
}

TEST_F(Cli, ANamedTemplateIsNoticedNotChecked) {
  write("Dockerfile.prod.j2", "FROM debian:12-slim\nUSER root\n");
  CliRun r = run("check " + dir() + "/Dockerfile.prod.j2");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_TRUE(has(r.out, "plimsoll: notice: " + dir() + "/Dockerfile.prod.j2: a template")) << r.out;
  EXPECT_FALSE(has(r.out, "DF010")) << r.out;
}

TEST_F(Cli, AComposeFileNamedOrReferencedIsCheckedWhateverItsName) {
  write("deploy/stack.yml", kPrivilegedCompose);
  CliRun named = run("check --fail-on none " + dir() + "/deploy/stack.yml");
  EXPECT_TRUE(has(named.out, "stack.yml:4:17: error DC003")) << named.out;
  EXPECT_FALSE(has(named.out, "DF074")) << named.out;

  write("ops/services.yaml", kPrivilegedCompose);
  write("Makefile", "up:\n\tdocker compose -f ops/services.yaml up -d\n");
  CliRun referenced = run("check --fail-on none " + dir());
  EXPECT_TRUE(has(referenced.out, "ops/services.yaml:4:17: error DC003")) << referenced.out;
}

TEST_F(Cli, IgnoreCommentsInAComposeFileOfAnyNameTakeComposeRuleNames) {
  write("stack.yml", "services:\n  web:\n    image: nginx:1.27.3\n    # plimsoll ignore=privileged\n"
                     "    privileged: true\n");
  CliRun r = run("check --fail-on none " + dir() + "/stack.yml");
  EXPECT_FALSE(has(r.out, "DC003")) << r.out;
}

}  // namespace
