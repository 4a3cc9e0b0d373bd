// The command-line conventions users bring from hadolint, ruff, eslint and Trivy: short options,
// options from the environment, rules selected and re-graded on the command line, a report
// written to a file, quiet runs, and a suggestion for whatever was mistyped.
#include <nlohmann/json.hpp>

#include "cli_harness.h"

namespace plimsoll::testing_cli {
namespace {

// `FROM python` alone: DF004 (unpinned base) is a warning, among other findings.
constexpr const char* kUnpinned = "FROM python\nCMD [\"python\"]\n";

std::set<std::string> rule_ids(const std::string& json_report) {
  std::set<std::string> ids;
  auto report = nlohmann::json::parse(json_report);
  for (const auto& file : report["files"]) {
    for (const auto& finding : file["findings"]) ids.insert(finding["id"].get<std::string>());
  }
  return ids;
}

class Habits : public Cli {};

TEST_F(Habits, ShortOptionsAndEnvironmentVariables) {
  write("Dockerfile", kUnpinned);
  CliRun r = run("check -f json " + dir(), "NO_COLOR=1", "/dev/null");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(rule_ids(r.out).contains("DF004")) << r.out;
  r = run("check " + dir(), "NO_COLOR=1 PLIMSOLL_FORMAT=json", "/dev/null");
  EXPECT_TRUE(nlohmann::json::accept(r.out)) << r.out;
  EXPECT_EQ(run("check " + dir(), "NO_COLOR=1 PLIMSOLL_FAIL_ON=none").exit_code, 0);
  EXPECT_EQ(run("check --fail-on warning " + dir(), "NO_COLOR=1 PLIMSOLL_FAIL_ON=none").exit_code, 1)
      << "the command line wins over the environment";
  write("conf/strict.yaml", "rules:\n  DF004: off\n");
  r = run("check -f json -c " + dir() + "/conf/strict.yaml " + dir(), "NO_COLOR=1", "/dev/null");
  EXPECT_FALSE(rule_ids(r.out).contains("DF004")) << r.out;
  r = run("check -f json " + dir(), "NO_COLOR=1 PLIMSOLL_CONFIG=" + dir() + "/conf/strict.yaml", "/dev/null");
  EXPECT_FALSE(rule_ids(r.out).contains("DF004")) << r.out;
}

TEST_F(Habits, RulesAreSelectedIgnoredAndRegradedOnTheCommandLine) {
  write("Dockerfile", kUnpinned);
  write(".plimsoll.yaml", "overrides:\n  - paths: [Dockerfile]\n    rules: {DF004: info}\n");
  auto ids = [&](const std::string& args) { return rule_ids(run("check -f json " + args + " " + dir(), "NO_COLOR=1", "/dev/null").out); };
  EXPECT_EQ(ids("--select DF004"), (std::set<std::string>{"DF004"}));
  EXPECT_EQ(ids("--select base-image-unpinned"), (std::set<std::string>{"DF004"}));
  EXPECT_EQ(ids("--select DL3007"), (std::set<std::string>{"DF004"})) << "a hadolint code names the rule that covers it";
  EXPECT_FALSE(ids("--ignore DF004").contains("DF004"));
  EXPECT_FALSE(ids("--ignore DF004,DI").contains("DI001"));
  std::set<std::string> dockerfile_rules = ids("--select DF --ignore DF004");
  EXPECT_FALSE(dockerfile_rules.empty());
  for (const auto& id : dockerfile_rules) EXPECT_TRUE(id.starts_with("DF") && id != "DF004") << id;

  // --error wins over the configuration's override for the file.
  CliRun r = run("check -f json --select DF004 " + dir(), "NO_COLOR=1", "/dev/null");
  EXPECT_EQ(nlohmann::json::parse(r.out)["files"][0]["findings"][0]["severity"], "info") << r.out;
  r = run("check -f json --select DF004 --error DF004 " + dir(), "NO_COLOR=1", "/dev/null");
  EXPECT_EQ(nlohmann::json::parse(r.out)["files"][0]["findings"][0]["severity"], "error") << r.out;
  r = run("check -f json --select DF004 --style base-image-unpinned " + dir(), "NO_COLOR=1", "/dev/null");
  EXPECT_EQ(nlohmann::json::parse(r.out)["files"][0]["findings"][0]["severity"], "style") << r.out;

  r = run("check --ignore DF0004 " + dir());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("plimsoll: --ignore `DF0004` names no rule"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("did you mean `DF004`?"), std::string::npos) << r.out;
}

TEST_F(Habits, OutputFileQuietAndNoColor) {
  write("Dockerfile", kUnpinned);
  CliRun r = run("check -f sarif -o " + dir() + "/report.sarif " + dir());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out.find("\"version\""), std::string::npos) << "the report went to the file, not the terminal";
  std::ifstream file(dir() + "/report.sarif");
  std::string sarif((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  EXPECT_EQ(nlohmann::json::parse(sarif)["version"], "2.1.0");
  EXPECT_EQ(run("check -o " + dir() + "/no/such/dir/r.txt " + dir()).exit_code, 2);

  r = run("check -q " + dir());
  EXPECT_NE(r.out.find("DF004"), std::string::npos);
  EXPECT_EQ(r.out.find("finding(s) in"), std::string::npos) << r.out;
  r = run("check --color always " + dir());
  EXPECT_NE(r.out.find('\x1b'), std::string::npos);
  r = run("check --color always --no-color " + dir());
  EXPECT_EQ(r.out.find('\x1b'), std::string::npos) << "--no-color wins";
}

TEST_F(Habits, MistakesGetASuggestionAndErrorsSayPlimsoll) {
  CliRun r = run("chek .");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out.rfind("plimsoll: ", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("did you mean `check`?"), std::string::npos) << r.out;
  r = run("check --formt json .");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("did you mean `--format`?"), std::string::npos) << r.out;
  r = run("debug compse");
  EXPECT_NE(r.out.find("did you mean `compose`?"), std::string::npos) << r.out;
  r = run("explain DF0004");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("did you mean `DF004`?"), std::string::npos) << r.out;
  r = run("--help");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("Usage: plimsoll"), std::string::npos) << "usage names the tool, not the path it was run by";
}

TEST_F(Habits, StandardInputIsADockerfileOrTheFileItStandsFor) {
  write("input.txt", kUnpinned);
  CliRun r = run("check - < " + dir() + "/input.txt");
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find("-:1:6: warning DF004"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("DI001"), std::string::npos) << "on its own: nothing around it is read";

  write("svc/.dockerignore", ".git\n");
  write("compose.txt", "services:\n  web:\n    image: x\n    privileged: true\n");
  r = run("check -f json --stdin-filename " + dir() + "/svc/compose.yaml - < " + dir() + "/compose.txt", "NO_COLOR=1",
          "/dev/null");
  auto report = nlohmann::json::parse(r.out);
  ASSERT_EQ(report["files"].size(), 1u) << r.out;
  EXPECT_EQ(report["files"][0]["path"], dir() + "/svc/compose.yaml");
  EXPECT_TRUE(rule_ids(r.out).contains("DC003")) << "read as the compose file its name says";

  EXPECT_EQ(run("check - " + dir() + " < /dev/null").exit_code, 2);
  EXPECT_EQ(run("check --stdin-filename Dockerfile " + dir()).exit_code, 2);
}

TEST_F(Habits, MachineOutputNeverSaysSuccessWhenThePathCouldNotBeChecked) {
  write("Dockerfile", "FROM python:3.12.8-slim\n");
  std::string missing = dir() + "/nothing-here";
  CliRun r = run("check -f json " + dir() + "/Dockerfile " + missing, "NO_COLOR=1", "/dev/null");
  EXPECT_EQ(r.exit_code, 2);
  auto json = nlohmann::json::parse(r.out);
  EXPECT_EQ(json["summary"]["errors"], 1) << r.out;
  EXPECT_EQ(json["files"][0]["path"], missing);
  EXPECT_EQ(json["files"][0]["error"], missing + ": no such file or directory");
  r = run("check -f sarif " + missing, "NO_COLOR=1", "/dev/null");
  auto sarif = nlohmann::json::parse(r.out);
  EXPECT_EQ(sarif["runs"][0]["invocations"][0]["executionSuccessful"], false) << r.out;
  r = run("check -f junit " + missing, "NO_COLOR=1", "/dev/null");
  EXPECT_NE(r.out.find("errors=\"1\""), std::string::npos) << r.out;
  r = run("check " + missing);
  EXPECT_EQ(r.out.find("no findings"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("1 of 1 path(s) could not be checked: the check is incomplete"), std::string::npos) << r.out;
}

TEST_F(Habits, ExplainAHadolintCodeLspStdioAndConfigWithoutDump) {
  CliRun r = run("explain DL3007");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("DL3007 is checked by plimsoll's DF004 (base-image-unpinned)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("# DF004"), std::string::npos) << r.out;
  r = run("lsp --stdio < /dev/null");  // the stream ends without `exit`: the server's own exit code 1
  EXPECT_NE(r.exit_code, 2) << r.out;
  EXPECT_EQ(r.out.find("not expected"), std::string::npos) << r.out;
  write(".plimsoll.yaml", "rules:\n  DF004: off\n");
  r = run("config " + dir());
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_EQ(r.out, run("config --dump " + dir()).out);
  EXPECT_NE(r.out.find("DF004"), std::string::npos);
}

}  // namespace
}  // namespace plimsoll::testing_cli
