// Runs the built `plimsoll` binary on temporary trees and checks its output and exit codes.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <nlohmann/json.hpp>

#include "cli_harness.h"

namespace {

using plimsoll::testing_cli::Cli;
using plimsoll::testing_cli::CliRun;
using plimsoll::testing_cli::run;
namespace fs = std::filesystem;

constexpr const char* kClean =
    "FROM python:3.12.8-slim-bookworm@sha256:2199a62885a12290dc9c5be3ca0681d367576ab7bf037da120e564723292a2f0\n"
    "ENV PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1\n"
    "LABEL org.opencontainers.image.source=https://example.com/app org.opencontainers.image.version=1.0.0 "
    "org.opencontainers.image.revision=0123abc\n"
    "RUN useradd --uid 10001 app\n"
    "USER app\n"
    "HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 CMD [\"true\"]\n"
    "CMD [\"python\", \"-m\", \"http.server\"]\n";
// What the context rules want beside a Dockerfile that is otherwise clean.
constexpr const char* kIgnore = ".git\n**/__pycache__\n**/*.pyc\n.env*\n!*.example\n.venv\nvenv\nnode_modules\n";

TEST_F(Cli, CleanFileExitsZero) {
  write("Dockerfile", kClean);
  write(".dockerignore", kIgnore);
  CliRun r = run("check " + dir());
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("2 file(s) checked, no findings"), std::string::npos) << r.out;
}

TEST_F(Cli, TextOutputHasLocationRuleSourceLineAndCaret) {
  write("Dockerfile", std::string(kClean) + "CMD python app.py\n");
  CliRun r = run("check " + dir() + "/Dockerfile");
  EXPECT_EQ(r.exit_code, 1);
  std::string clean(kClean);
  std::string line = std::to_string(std::count(clean.begin(), clean.end(), '\n') + 1);
  std::string expected = dir() + "/Dockerfile:" + line +
                         ":5: warning DF050 shell-form-entrypoint: [~] CMD in shell form runs under "
                         "`/bin/sh -c`, which does not pass signals on; write it as a JSON array, e.g. "
                         "`CMD [\"executable\", \"arg\"]`\n"
                         "  CMD python app.py\n"
                         "      ^~~~~~~~~~~~~\n";
  EXPECT_NE(r.out.find(expected), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("\x1b["), std::string::npos) << "NO_COLOR must disable colour";
}

TEST_F(Cli, ColorCanBeForced) {
  write("Dockerfile", "FROM ubuntu\n");
  CliRun r = run("check --color=always " + dir(), "");
  EXPECT_NE(r.out.find("\x1b["), std::string::npos);
}

TEST_F(Cli, FailOnThresholdControlsTheExitCode) {
  write("Dockerfile", std::string(kClean) + "CMD python app.py\n");  // one warning
  EXPECT_EQ(run("check --fail-on error " + dir()).exit_code, 0);
  EXPECT_EQ(run("check --fail-on warning " + dir()).exit_code, 1);
  EXPECT_EQ(run("check --fail-on none " + dir()).exit_code, 0);
  EXPECT_EQ(run("check --fail-on bogus " + dir()).exit_code, 2);
}

TEST_F(Cli, JsonOutputParsesBack) {
  write("Dockerfile", "FROM ubuntu\n");
  // `strict` grades DF004 as the catalogue does.
  CliRun r = run("check --format json --fail-on none --profile strict " + dir() + "/Dockerfile");
  ASSERT_EQ(r.exit_code, 0) << r.out;
  auto doc = nlohmann::json::parse(r.out);
  ASSERT_EQ(doc["files"].size(), 1u);
  bool found = false;
  for (const auto& f : doc["files"][0]["findings"]) {
    if (f["id"] == "DF004") {
      found = true;
      EXPECT_EQ(f["name"], "base-image-unpinned");
      EXPECT_EQ(f["severity"], "error");
      EXPECT_EQ(f["start"]["line"], 1);
      EXPECT_EQ(f["start"]["column"], 6);
      EXPECT_EQ(f["end"]["column"], 12);
    }
  }
  EXPECT_TRUE(found);
  EXPECT_EQ(doc["summary"]["files"], 1);
}

TEST_F(Cli, InlineIgnoresCanBeTurnedOff) {
  write("Dockerfile", std::string(kClean) + "# plimsoll ignore=DF050\nENTRYPOINT python app.py\n");
  write(".dockerignore", kIgnore);
  EXPECT_EQ(run("check " + dir()).exit_code, 0);
  EXPECT_EQ(run("check --no-inline-ignores " + dir()).exit_code, 1);
}

TEST_F(Cli, ProfileRulesPrintsTimePerRuleOnStderr) {
  write("Dockerfile", std::string(kClean) + "CMD python app.py\n");
  CliRun r = run("check --format json --profile-rules " + dir());
  // The report on stdout stays parseable; the table follows it.
  std::size_t table = r.out.find("rule ");
  ASSERT_NE(table, std::string::npos) << r.out;
  EXPECT_TRUE(nlohmann::json::accept(r.out.substr(0, table)));
  EXPECT_NE(r.out.find("(load+parse)"), std::string::npos);
  EXPECT_NE(r.out.find("\nDF050 "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\ntotal "), std::string::npos);
  EXPECT_EQ(run("check --format json " + dir()).out.find("(parse+model)"), std::string::npos);
}

TEST_F(Cli, MissingPathIsAnIoError) {
  CliRun r = run("check " + dir() + "/nope");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("nope: no such file or directory"), std::string::npos) << r.out;
}

TEST_F(Cli, DiscoversDockerfilesAndSkipsVendoredDirectories) {
  write("Dockerfile", kClean);
  write("svc/api.Dockerfile", kClean);
  write("svc/Dockerfile.prod", kClean);
  write("svc/build.dockerfile", kClean);
  write("Containerfile", kClean);
  write("svc/Dockerfile.dockerignore", "*\n");
  write(".dockerignore", kIgnore);
  write("svc/.dockerignore", kIgnore);
  write("node_modules/pkg/Dockerfile", "FROM ubuntu\n");
  write(".git/Dockerfile", "FROM ubuntu\n");
  write("docs/README.md", "FROM ubuntu\n");
  write("legacy/Dockerfile", "FROM ubuntu\n");
  CliRun r = run("check --exclude 'legacy' " + dir());
  EXPECT_EQ(r.exit_code, 0) << r.out;
  // Five Dockerfiles and three ignore files.
  EXPECT_NE(r.out.find("8 file(s) checked"), std::string::npos) << r.out;
}

TEST_F(Cli, OutputOrderIsDeterministicWithManyJobs) {
  for (int i = 0; i < 40; ++i) write("d" + std::to_string(i) + "/Dockerfile", "FROM ubuntu\n");
  CliRun first = run("check -j 4 " + dir());
  CliRun second = run("check -j 1 " + dir());
  EXPECT_EQ(first.out, second.out);
  EXPECT_EQ(first.exit_code, 1);
}

TEST_F(Cli, DebugAstPrintsBuildKitDump) {
  write("Dockerfile", "FROM busybox\nENV A=1 B 2\nRUN [\"echo\", \"hi\"]\n");
  write("Broken", "FROM busybox\nENV ONLY\n");
  CliRun r = run("debug ast " + dir() + "/Dockerfile");
  EXPECT_EQ(r.exit_code, 1) << r.out;  // `ENV A=1 B 2` is a BuildKit parse error
  write("Dockerfile", "FROM busybox\nENV A=1 B=2\nRUN [\"echo\", \"hi\"]\n");
  r = run("debug ast " + dir() + "/Dockerfile");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "(from \"busybox\")\n(env \"A\" \"1\" \"=\" \"B\" \"2\" \"=\")\n(run \"echo\" \"hi\")\n");
  r = run("debug ast " + dir() + "/Broken");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("Broken:2:5: ENV must have two arguments"), std::string::npos) << r.out;
}

TEST_F(Cli, RulesListsTheCatalogue) {
  CliRun r = run("rules");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("DF004"), std::string::npos);
  EXPECT_NE(r.out.find("base-image-unpinned"), std::string::npos);
  EXPECT_EQ(run("--version").out, "0.1.0\n");
  EXPECT_EQ(run("frobnicate").exit_code, 2);
}

}  // namespace

namespace {

TEST_F(Cli, ConfigIsFoundUpwardAndAppliesRulesExcludesAndOverrides) {
  write(".git/HEAD", "ref: refs/heads/main\n");
  write(".plimsoll.yaml",
        "rules:\n  DF004: off\n  maintainer-deprecated: error\nexclude: [old]\n"
        "overrides:\n  - paths: [legacy]\n    rules: {DF064: off}\n");
  write("svc/Dockerfile", "FROM python\nMAINTAINER me\n");
  write("legacy/Dockerfile", "FROM python\nMAINTAINER me\n");
  write("old/Dockerfile", "FROM python\n");
  CliRun r = run("check --format json --fail-on none " + dir());
  ASSERT_EQ(r.exit_code, 0) << r.out;
  auto doc = nlohmann::json::parse(r.out);
  std::set<std::string> seen;
  for (const auto& file : doc["files"]) {
    EXPECT_EQ(file["path"].get<std::string>().find("/old/"), std::string::npos) << "excluded by config";
    for (const auto& f : file["findings"]) {
      std::string id = f["id"];
      EXPECT_NE(id, "DF004");
      if (id == "DF064") {
        EXPECT_EQ(f["severity"], "error");
        EXPECT_NE(file["path"].get<std::string>().find("/svc/"), std::string::npos);
      }
      seen.insert(id);
    }
  }
  EXPECT_TRUE(seen.count("DF064"));
}

TEST_F(Cli, BadConfigIsAnErrorWithFileLineAndColumn) {
  write(".plimsoll.yaml", "rules:\n  DF004: sometimes\n");
  write("Dockerfile", kClean);
  CliRun r = run("check " + dir());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find(".plimsoll.yaml:2:10: `sometimes` is not off, on, error, warning, info or style"), std::string::npos)
      << r.out;
}

TEST_F(Cli, ExplicitConfigAndProfileAndDump) {
  write("conf/strict.yaml", "profile: layout\nrules:\n  DF064: style\n");
  CliRun r = run("config --dump --config " + dir() + "/conf/strict.yaml");
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("profile: \"layout\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("  DF064:  # maintainer-deprecated\n    severity: style\n"), std::string::npos) << r.out;
  CliRun p = run("config --dump --profile uv " + dir());
  EXPECT_NE(p.out.find("profile: \"uv\""), std::string::npos) << p.out;
  CliRun bad = run("config --dump --profile nosuch " + dir());
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.out.find("unknown profile `nosuch`"), std::string::npos) << bad.out;
}

// `strict` is the whole union at catalogue severities; `default` leaves out house conventions
// and keeps `error` for what is broken or leaks. Both are listed wherever profiles are.
TEST_F(Cli, StrictAddsHouseConventionsThatDefaultLeavesOut) {
  write("Dockerfile", "FROM python:3.12.8-slim-bookworm\nUSER root\nCMD [\"python\"]\n");
  auto ids_with = [&](const std::string& args) {
    std::map<std::string, std::string> out;  // ID → severity
    auto json = nlohmann::json::parse(run("check --format json --fail-on none " + args + dir()).out, nullptr, false);
    if (json.is_discarded()) return out;
    for (const auto& file : json["files"]) {
      for (const auto& f : file["findings"]) out[f["id"].get<std::string>()] = f["severity"].get<std::string>();
    }
    return out;
  };
  auto portable = ids_with("");
  auto strict = ids_with("--profile strict ");
  EXPECT_FALSE(portable.contains("DF060")) << "OCI labels are a house convention";
  EXPECT_TRUE(strict.contains("DF060"));
  EXPECT_EQ(portable["DF010"], "warning");
  EXPECT_EQ(strict["DF010"], "error");
  write(".plimsoll.yaml", "profile: strict\n");
  EXPECT_TRUE(ids_with("").contains("DF060")) << "the configuration's profile";
  CliRun dump = run("config --dump --profile strict " + dir());
  EXPECT_NE(dump.out.find("profile: \"strict\""), std::string::npos) << dump.out;
  EXPECT_NE(dump.out.find("# Built-in profiles: default, layout, pdm-devcontainer, strict, uv\n"), std::string::npos) << dump.out;
  CliRun image = run("image --profile strict " + dir() + "/no-such-image.tar");
  EXPECT_EQ(image.out.find("unknown profile"), std::string::npos) << image.out;
}

TEST(Examples, CompliantExampleHasNoFindingsFromAnyRule) {
  CliRun r = run(std::string("check ") + PLIMSOLL_SOURCE_DIR + "/examples/python-service");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("no findings"), std::string::npos) << r.out;
}

TEST(Examples, LegacyExampleShowsTypicalMistakes) {
  CliRun r = run(std::string("check --format json ") + PLIMSOLL_SOURCE_DIR + "/examples/legacy-app");
  EXPECT_EQ(r.exit_code, 1);
  auto doc = nlohmann::json::parse(r.out);
  std::set<std::string> ids;
  for (const auto& f : doc["files"][0]["findings"]) ids.insert(f["id"].get<std::string>());
  for (const char* id : {"DF001", "DF004", "DF010", "DF020", "DF030", "DF031", "DF040", "DF050", "DF054"}) {
    EXPECT_TRUE(ids.count(id)) << id;
  }
}

}  // namespace

namespace {

using plimsoll::testing_cli::Cli;
using plimsoll::testing_cli::run;

// The findings of one rule, as "file:line" with the file relative to the checked directory.
std::vector<std::string> rule_hits(const std::string& json_text, const std::string& dir, const std::string& id) {
  std::vector<std::string> hits;
  auto json = nlohmann::json::parse(json_text, nullptr, false);
  if (json.is_discarded()) return {"unparsable: " + json_text};
  for (const auto& file : json["files"]) {
    std::string path = file["path"].get<std::string>().substr(dir.size() + 1);
    for (const auto& f : file["findings"]) {
      if (f["id"] == id) hits.push_back(path + ":" + std::to_string(f["start"]["line"].get<int>()));
    }
  }
  return hits;
}

TEST_F(Cli, DevelopmentEnvironmentImagesShipNothing) {
  const std::string dockerfile = "FROM python:3.12.8-slim-bookworm\nRUN pip install --no-cache-dir flask==3.1.0\n";
  write("Dockerfile", dockerfile);
  write(".devcontainer/Dockerfile", dockerfile);
  write(".gitpod.Dockerfile", dockerfile);
  auto r = run("check --format json --fail-on none " + dir());
  // The application's image runs as root and installs in the image it ships; the workstation
  // images beside it are never deployed.
  EXPECT_EQ(rule_hits(r.out, dir(), "DF010"), std::vector<std::string>{"Dockerfile:1"}) << r.out;
  EXPECT_EQ(rule_hits(r.out, dir(), "DF001"), std::vector<std::string>{"Dockerfile:1"}) << r.out;
}

}  // namespace
