// `plimsoll init` as users run it: existing files are refused or shown, --force overwrites,
// runs are repeatable, config keys stand in for flags, and a run without a terminal never asks.
#include <cctype>

#include "init_harness.h"

namespace {

using plimsoll::testing_cli::Cli;
using plimsoll::testing_cli::run;
using namespace plimsoll::testing_init;

class InitBehaviour : public Cli {
 protected:
  void SetUp() override {
    Cli::SetUp();
    fs::copy(fixtures_dir() / "pip" / "project", root_, fs::copy_options::recursive);
  }
  std::string read(const std::string& path) { return files_under(root_)[path]; }
};

TEST_F(InitBehaviour, ExistingFilesAreRefusedAndListedAndNothingIsWritten) {
  write("docker/Dockerfile", "FROM scratch\n");
  write("Makefile", "all:\n");
  auto r = run("init --yes " + dir());
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find("  docker/Dockerfile\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("  Makefile\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("--force"), std::string::npos);
  EXPECT_EQ(read("docker/Dockerfile"), "FROM scratch\n");
  EXPECT_FALSE(fs::exists(root_ / "compose")) << "a refused run writes no file at all";
}

TEST_F(InitBehaviour, ForceOverwrites) {
  write("docker/Dockerfile", "FROM scratch\n");
  auto r = run("init --yes --force " + dir());
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("overwrote docker/Dockerfile"), std::string::npos) << r.out;
  EXPECT_NE(read("docker/Dockerfile").find("AS production"), std::string::npos);
}

TEST_F(InitBehaviour, DryRunPrintsEveryFileAndWritesNone) {
  auto before = files_under(root_);
  auto r = run("init --dry-run " + dir());
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("==> docker/Dockerfile <==\n# syntax=docker/dockerfile:1\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("==> compose/docker-compose.prod.yml <=="), std::string::npos);
  EXPECT_EQ(files_under(root_), before);
}

TEST_F(InitBehaviour, DiffShowsChangesAgainstExistingFilesAndWritesNone) {
  ASSERT_EQ(run("init --yes " + dir()).exit_code, 0);
  std::string makefile = read("Makefile");
  std::string edited = makefile;
  edited.replace(edited.find("\tplimsoll check ."), 17, "\tplimsoll check --format sarif .");
  write("Makefile", edited);
  auto r = run("init --diff " + dir());
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("--- a/Makefile\n+++ b/Makefile\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("-\tplimsoll check --format sarif .\n+\tplimsoll check .\n"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("docker/Dockerfile"), std::string::npos) << "unchanged files have no diff";
  EXPECT_EQ(read("Makefile"), edited);
}

TEST_F(InitBehaviour, DiffOfANewFileIsAgainstDevNull) {
  auto r = run("init --diff " + dir());
  EXPECT_NE(r.out.find("--- /dev/null\n+++ b/docker/Dockerfile\n"), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(root_ / "docker"));
}

TEST_F(InitBehaviour, ASecondRunHasNothingToDo) {
  ASSERT_EQ(run("init --yes " + dir()).exit_code, 0);
  auto r = run("init --yes " + dir());
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("Nothing to do"), std::string::npos) << r.out;
}

TEST_F(InitBehaviour, AnExistingGitignoreGetsTheMissingLinesAppended) {
  write(".gitignore", "__pycache__/\nenv/.env*\n");
  auto r = run("init --yes " + dir());
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("appended .gitignore"), std::string::npos) << r.out;
  EXPECT_EQ(read(".gitignore"), "__pycache__/\nenv/.env*\n\n# plimsoll init: env files hold real values; only their templates are committed.\n!env/.env*.example\n");
}

TEST_F(InitBehaviour, WithoutATerminalNothingIsAsked) {
  // No --yes, stdin not a terminal: the run must neither block nor refuse.
  auto r = run("init " + dir() + " < /dev/null");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_EQ(r.out.find("[y/N]"), std::string::npos) << r.out;
  EXPECT_TRUE(fs::exists(root_ / "docker/Dockerfile"));
}

// `script` gives the run a pseudo-terminal, as a person at a shell has.
TEST_F(InitBehaviour, AtATerminalItAsksAndADeclineWritesNothing) {
  auto r = run("init " + dir() + "' /dev/null", "printf 'n\\n' | NO_COLOR=1 script -qec '");
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find("Write these 16 files? [y/N]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Nothing was written."), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(root_ / "docker"));
}

TEST_F(InitBehaviour, TheYesConfigKeyAnswersThePrompt) {
  write(".plimsoll.yaml", "init:\n  yes: true\n");
  auto r = run("init " + dir() + "' /dev/null", "printf 'n\\n' | NO_COLOR=1 script -qec '");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_EQ(r.out.find("[y/N]"), std::string::npos) << r.out;
  EXPECT_TRUE(fs::exists(root_ / "docker/Dockerfile"));
}

TEST_F(InitBehaviour, PortFlagReachesEveryFile) {
  ASSERT_EQ(run("init --yes --port 8123 " + dir()).exit_code, 0);
  EXPECT_NE(read("docker/Dockerfile").find("EXPOSE 8123\n"), std::string::npos);
  EXPECT_NE(read("docker/Dockerfile").find("('127.0.0.1', 8123)"), std::string::npos);
  EXPECT_NE(read("compose/docker-compose.prod.yml").find(":${HTTP_PORT:-7001}:8123\""), std::string::npos);
  EXPECT_TRUE(check_findings(root_).findings.empty());
}

TEST_F(InitBehaviour, ConfigKeysChooseWhatFlagsWouldAndFlagsWin) {
  write("package.json", "{\"name\": \"x\", \"main\": \"index.js\"}\n");
  write("package-lock.json", "{}\n");
  const std::string config = "profile: strict\ninit:\n  stack: pip\n  port: 9000\n  layout: flat\n";
  write(".plimsoll.yaml", config);
  auto r = run("init --yes " + dir());
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(read("Dockerfile").find("EXPOSE 9000\n"), std::string::npos) << "stack, port and layout from the config";
  EXPECT_EQ(read(".plimsoll.yaml"), config) << "the project's configuration is never rewritten";
  EXPECT_NE(r.out.find("add `LY001: off`"), std::string::npos) << "strict checks the layout: " << r.out;
  EXPECT_EQ(r.out.find("add `profile: strict`"), std::string::npos) << r.out;
  auto flagged = run("init --dry-run --port 9100 " + dir());
  EXPECT_NE(flagged.out.find("EXPOSE 9100\n"), std::string::npos) << flagged.out;
}

// Init selects `strict` in the configuration it writes; a project's own configuration is kept,
// and init says how to select it there.
TEST_F(InitBehaviour, TheWrittenConfigurationSelectsStrict) {
  ASSERT_EQ(run("init --yes " + dir()).exit_code, 0);
  EXPECT_NE(read(".plimsoll.yaml").find("\nprofile: strict\n"), std::string::npos) << read(".plimsoll.yaml");
  EXPECT_EQ(read(".plimsoll.yaml").find("LY001"), std::string::npos) << "the per-environment layout follows LY001";
  EXPECT_TRUE(check_findings(root_).findings.empty());
  auto strict = run("check --format json --fail-on none --profile strict " + dir());
  EXPECT_EQ(strict.out.find("\"id\""), std::string::npos) << "nothing under strict either: " << strict.out;
}

TEST_F(InitBehaviour, AnExistingConfigurationIsKeptAndStrictIsSuggested) {
  write(".plimsoll.yaml", "init:\n  layout: flat\n");
  auto r = run("init --yes " + dir());
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_EQ(read(".plimsoll.yaml"), "init:\n  layout: flat\n");
  EXPECT_NE(r.out.find("selects the `default` profile"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("add `profile: strict`"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("add `LY001: off`"), std::string::npos) << "default does not check the layout: " << r.out;
  EXPECT_TRUE(check_findings(root_).findings.empty());
}

// The old name of the per-environment layout still works, and is not advertised.
TEST_F(InitBehaviour, TheOldLayoutSpellingIsAnAlias) {
  auto r = run("init --yes --layout seed-004 " + dir());
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_TRUE(fs::exists(root_ / "docker/Dockerfile"));
  auto help = run("init --help");
  EXPECT_EQ(help.out.find("seed"), std::string::npos) << help.out;
  EXPECT_NE(help.out.find("per-environment"), std::string::npos) << help.out;
  auto bad = run("init --yes --layout nested " + dir());
  EXPECT_NE(bad.exit_code, 0);
  EXPECT_NE(bad.out.find("known: per-environment, flat"), std::string::npos) << bad.out;
}

TEST_F(InitBehaviour, UnknownConfigKeyIsAnError) {
  write(".plimsoll.yaml", "init:\n  flavour: mild\n");
  auto r = run("init --yes " + dir());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("unknown init key `flavour`"), std::string::npos) << r.out;
}

TEST_F(InitBehaviour, ExplainSaysWhatWasDetectedAndWhy) {
  auto r = run("init --explain --dry-run " + dir());
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("Detected a python project (pip)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("python: 3.12 from .python-version"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("command: python main.py"), std::string::npos) << r.out;
}

// Regression: `plimsoll init .` named the image after ".", which image_name turned into "app".
TEST_F(InitBehaviour, TheCurrentDirectoryIsNamedAfterItself) {
  auto r = run("init --dry-run .", "cd " + dir() + " && NO_COLOR=1");
  ASSERT_EQ(r.exit_code, 0) << r.out;
  std::string expected = "org.opencontainers.image.title=\"" + root_.filename().string() + "\"";
  for (char& c : expected) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  EXPECT_NE(r.out.find(expected), std::string::npos) << expected << "\n" << r.out.substr(0, 3000);
}

TEST_F(InitBehaviour, NotADirectoryIsAUsageError) {
  auto r = run("init --yes " + dir() + "/main.py");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("main.py: not a directory"), std::string::npos) << r.out;
}

// The plan comes before the question: what was detected, and every file the run writes.
TEST_F(InitBehaviour, ThePlanIsShownBeforeThePrompt) {
  auto r = run("init " + dir() + "' /dev/null", "printf 'n\\n' | NO_COLOR=1 script -qec '");
  EXPECT_EQ(r.exit_code, 1) << r.out;
  std::size_t prompt = r.out.find("Write these 16 files? [y/N]");
  ASSERT_NE(prompt, std::string::npos) << r.out;
  for (const char* line : {"plimsoll init: a Python project (pip, Python 3.12) in ", "  entry:       main.py\r\n",
                           "  start:       python main.py\r\n", "  port:        8000\r\n",
                           "  base image:  python:3.12.8-slim-bookworm (pinned by digest)\r\n", "Files:\r\n",
                           "  create    docker/Dockerfile\r\n", "  create    compose/docker-compose.dev.yml\r\n",
                           "  create    env/.env.dev.example\r\n", "  create    Makefile\r\n", "  create    .plimsoll.yaml\r\n"}) {
    std::size_t at = r.out.find(line);
    EXPECT_NE(at, std::string::npos) << line << "\n" << r.out;
    EXPECT_LT(at, prompt) << line << " comes before the prompt";
  }
  EXPECT_EQ(r.out.find("Next steps"), std::string::npos) << "nothing was written: " << r.out;
}

// --yes prints the same plan, then what it wrote and what to do next.
TEST_F(InitBehaviour, TheYesPathPrintsThePlanAndTheNextSteps) {
  auto r = run("init --yes " + dir());
  ASSERT_EQ(r.exit_code, 0) << r.out;
  std::size_t plan = r.out.find("plimsoll init: a Python project (pip, Python 3.12) in ");
  std::size_t created = r.out.find("created docker/Dockerfile");
  ASSERT_NE(plan, std::string::npos) << r.out;
  ASSERT_NE(created, std::string::npos) << r.out;
  EXPECT_LT(plan, created);
  std::string listed = r.out.substr(plan, created - plan);
  EXPECT_NE(listed.find("  start:       python main.py\n  port:        8000\n  base image:  python:3.12.8-slim-bookworm (pinned by digest)\n"
                        "Files:\n  create    docker/Dockerfile\n"),
            std::string::npos) << listed;
  std::size_t next = r.out.find("\nNext steps:\n");
  ASSERT_NE(next, std::string::npos) << r.out;
  EXPECT_GT(next, created);
  EXPECT_NE(r.out.find("Next steps:\n  make dev-up       start the development environment\n  make test         run the tests in the test image\n"
                       "  make build        build the production image\n  plimsoll check    check the container setup\n"),
            std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Edit the environment templates (make copies each to its env file when missing):\n  env/.env.build.example\n"
                       "  env/.env.dev.example\n  env/.env.test.example\n  env/.env.prod.example\n"),
            std::string::npos) << r.out;
  // The same plan a person at a terminal would see, minus the terminal's line ends.
  fs::remove_all(root_);
  fs::create_directories(root_);
  fs::copy(fixtures_dir() / "pip" / "project", root_, fs::copy_options::recursive);
  auto asked = run("init " + dir() + "' /dev/null", "printf 'n\\n' | NO_COLOR=1 script -qec '");
  std::string shown = asked.out;
  for (std::size_t at; (at = shown.find("\r\n")) != std::string::npos;) shown.replace(at, 2, "\n");
  EXPECT_NE(shown.find(listed), std::string::npos) << shown << "\n---\n" << listed;
}

TEST_F(InitBehaviour, TheFlatLayoutsNextStepsNameItsEnvTemplates) {
  auto r = run("init --yes --layout flat " + dir());
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("missing):\n  .env.build.example\n  .env.dev.example\n"), std::string::npos) << r.out;
}

TEST_F(InitBehaviour, DryRunAndDiffPrintNoPlanAndNoNextSteps) {
  for (const char* mode : {"--dry-run", "--diff"}) {
    auto r = run(std::string("init ") + mode + " " + dir());
    EXPECT_EQ(r.out.find("plimsoll init: a Python project"), std::string::npos) << mode;
    EXPECT_EQ(r.out.find("Next steps"), std::string::npos) << mode;
  }
}

// A container setup the project already has is reported, and none is written beside it.
TEST_F(InitBehaviour, AnExistingContainerSetupIsReportedAndNothingIsWritten) {
  write("Dockerfile", "FROM python:3.12-slim\n");
  write("docker-compose.yml", "services:\n  web:\n    build: .\n");
  write(".dockerignore", ".git\n");
  auto before = files_under(root_);
  auto r = run("init --yes " + dir());
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find(" already has a container setup: .dockerignore, Dockerfile, docker-compose.yml\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Check it with `plimsoll check`"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("--force"), std::string::npos) << r.out;
  EXPECT_EQ(files_under(root_), before) << "nothing is written";
  EXPECT_EQ(r.out.find("plimsoll init: a Python project"), std::string::npos) << "no plan for a run that stops";

  auto dry = run("init --dry-run " + dir());
  EXPECT_EQ(dry.exit_code, 0) << "a dry run only shows";
  EXPECT_NE(dry.out.find("note: the project already has a container setup (.dockerignore, Dockerfile, docker-compose.yml)"), std::string::npos)
      << dry.out;

  auto forced = run("init --yes --force " + dir());
  ASSERT_EQ(forced.exit_code, 0) << forced.out;
  EXPECT_NE(forced.out.find("--force writes init's anyway"), std::string::npos) << forced.out;
  EXPECT_EQ(read("Dockerfile"), "FROM python:3.12-slim\n") << "the project's own Dockerfile is not init's to replace";
  EXPECT_TRUE(fs::exists(root_ / "docker/Dockerfile"));
}

TEST_F(InitBehaviour, EveryDefaultContainerFileNameCounts) {
  for (const char* name : {"Containerfile", "Dockerfile.prod", "api.Dockerfile", "compose.yaml", "compose.yml", "docker-compose.yaml",
                           "compose.override.yml", ".dockerignore", ".containerignore"}) {
    fs::remove_all(root_);
    fs::create_directories(root_);
    fs::copy(fixtures_dir() / "pip" / "project", root_, fs::copy_options::recursive);
    write(name, "\n");
    auto r = run("init --yes " + dir());
    EXPECT_EQ(r.exit_code, 1) << name << ": " << r.out;
    EXPECT_NE(r.out.find(std::string("already has a container setup: ") + name + "\n"), std::string::npos) << name << ": " << r.out;
  }
}

// init's own files (its mark in their header) are no foreign setup: a second run updates them.
TEST_F(InitBehaviour, InitsOwnFilesAreNotAnExistingSetup) {
  ASSERT_EQ(run("init --yes --layout flat " + dir()).exit_code, 0);
  EXPECT_TRUE(fs::exists(root_ / "Dockerfile"));
  auto r = run("init --yes --layout flat " + dir());
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("Nothing to do"), std::string::npos) << r.out;
  write("Dockerfile", read("Dockerfile") + "# a local edit\n");
  r = run("init --yes --layout flat " + dir());
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_EQ(r.out.find("already has a container setup"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("these files exist and differ"), std::string::npos) << r.out;
}

// A symlinked Dockerfile is the project's setup too; init neither follows it nor ignores it.
TEST_F(InitBehaviour, ASymlinkedContainerFileCountsAndIsNotRead) {
  write("elsewhere.txt", "# Generated by plimsoll init\n");
  fs::create_symlink(root_ / "elsewhere.txt", root_ / "Dockerfile");
  auto r = run("init --yes " + dir());
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find("already has a container setup: Dockerfile\n"), std::string::npos) << r.out;
}

}  // namespace
