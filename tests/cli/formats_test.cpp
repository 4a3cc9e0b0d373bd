// Every --format on the same findings: SARIF validated against the official 2.1.0 schema,
// XML formats parsed back, line formats checked field by field.
#include <gtest/gtest.h>

#include <cstdlib>
#include <sstream>
#include <set>
#include <nlohmann/json.hpp>
#include <re2/re2.h>

#include "cli_harness.h"

namespace {

using plimsoll::testing_cli::Cli;
using plimsoll::testing_cli::CliRun;
using plimsoll::testing_cli::run;
namespace fs = std::filesystem;

// Two files: one with findings (one of them carrying a fix), one clean.
class Formats : public Cli {
 protected:
  void SetUp() override {
    Cli::SetUp();
    write("api/Dockerfile", "FROM node\nMAINTAINER a <a@example.com>\nRUN apk add curl\nCMD node server.js\n");
    write("ok/Dockerfile",
          "FROM python:3.12-slim\nRUN useradd --uid 10001 app\nUSER app\nHEALTHCHECK CMD [\"true\"]\n"
          "CMD [\"python\", \"-m\", \"http.server\"]\n");
  }
  CliRun check(const std::string& format) { return run("check --fail-on none --format " + format + " " + dir()); }
  // Writes `text` to a file under the test directory and returns its path.
  std::string save(const std::string& name, const std::string& text) {
    write(name, text);
    return (root_ / name).string();
  }
};

bool has_python_module(const std::string& module) {
  return std::system(("python3 -c 'import " + module + "' >/dev/null 2>&1").c_str()) == 0;
}

TEST_F(Formats, SarifValidatesAgainstTheSarif210Schema) {
  std::string schema = std::string(PLIMSOLL_SOURCE_DIR) + "/build/test-data/sarif-2.1.0.json";
  bool required = std::getenv("PLIMSOLL_REQUIRE_TEST_DATA") != nullptr;
  if (!fs::exists(schema) || !has_python_module("jsonschema")) {
    if (required) FAIL() << "missing " << schema << " or python3-jsonschema (scripts/fetch-test-data)";
    GTEST_SKIP() << "run scripts/fetch-test-data and install python3-jsonschema";
  }
  CliRun r = check("sarif");
  ASSERT_EQ(r.exit_code, 0) << r.out;
  std::string sarif = save("out.sarif", r.out);
  std::string validate = "python3 -c 'import json,sys,jsonschema; "
                         "jsonschema.Draft7Validator(json.load(open(sys.argv[1]))).validate(json.load(open(sys.argv[2])))' " +
                         schema + " " + sarif + " 2>&1";
  EXPECT_EQ(std::system(validate.c_str()), 0) << "SARIF does not validate";

  // A deliberately broken copy must fail, or the validation above proves nothing.
  auto doc = nlohmann::json::parse(r.out);
  doc["runs"][0]["results"][0]["level"] = "severe";
  std::string broken = save("broken.sarif", doc.dump());
  EXPECT_NE(std::system(("python3 -c 'import json,sys,jsonschema; jsonschema.Draft7Validator(json.load(open(sys.argv[1])))"
                         ".validate(json.load(open(sys.argv[2])))' " + schema + " " + broken + " >/dev/null 2>&1").c_str()),
            0);
}

TEST_F(Formats, SarifCarriesRuleMetadataResultsAndFixes) {
  auto doc = nlohmann::json::parse(check("sarif").out);
  const auto& run0 = doc["runs"][0];
  const auto& rules = run0["tool"]["driver"]["rules"];
  ASSERT_GT(rules.size(), 10u);
  for (const auto& rule : rules) {
    EXPECT_TRUE(rule.contains("helpUri")) << rule["id"];
    EXPECT_FALSE(rule["help"]["markdown"].get<std::string>().empty()) << rule["id"];
  }
  std::set<std::string> ids;
  bool fix_seen = false;
  for (const auto& result : run0["results"]) {
    ids.insert(result["ruleId"]);
    EXPECT_EQ(rules[result["ruleIndex"].get<std::size_t>()]["id"], result["ruleId"]);
    EXPECT_NE(result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].get<std::string>().find("/Dockerfile"),
              std::string::npos);
    if (result["ruleId"] == "DF034") {
      fix_seen = true;
      const auto& replacement = result["fixes"][0]["artifactChanges"][0]["replacements"][0];
      EXPECT_EQ(replacement["insertedContent"]["text"], " --no-cache");
      EXPECT_EQ(replacement["deletedRegion"]["startLine"], 3);
      EXPECT_EQ(replacement["deletedRegion"]["startColumn"], 12);
    }
  }
  EXPECT_TRUE(fix_seen);
  EXPECT_TRUE(ids.count("DF004") && ids.count("DF064") && ids.count("DF050"));
}

TEST_F(Formats, XmlFormatsAreWellFormedAndCountFindings) {
  if (!has_python_module("xml.etree.ElementTree")) GTEST_SKIP() << "python3 needed to parse XML";
  auto json = nlohmann::json::parse(check("json").out);
  std::size_t findings = json["summary"]["findings"];
  std::size_t clean_files = 0;
  for (const auto& file : json["files"]) clean_files += file["findings"].empty() ? 1 : 0;
  std::string checkstyle = save("checkstyle.xml", check("checkstyle").out);
  std::string count = "python3 -c 'import sys,xml.etree.ElementTree as E; r=E.parse(sys.argv[1]).getroot(); "
                      "sys.exit(0 if (r.tag, len(r.findall(\"file\")), len(r.findall(\"file/error\"))) == "
                      "(\"checkstyle\", 2, int(sys.argv[2])) else 1)' " +
                      checkstyle + " " + std::to_string(findings);
  EXPECT_EQ(std::system(count.c_str()), 0) << check("checkstyle").out;
  std::string junit = save("junit.xml", check("junit").out);
  std::string cases = "python3 -c 'import sys,xml.etree.ElementTree as E; r=E.parse(sys.argv[1]).getroot(); "
                      "s=r.find(\"testsuite\"); ok=int(s.get(\"failures\"))==int(sys.argv[2]) and "
                      "len(s.findall(\"testcase\"))==int(sys.argv[2])+int(sys.argv[3]) and "
                      "len(s.findall(\"testcase/failure\"))==int(sys.argv[2]); "
                      "sys.exit(0 if ok else 1)' " +
                      junit + " " + std::to_string(findings) + " " + std::to_string(clean_files);
  EXPECT_EQ(std::system(cases.c_str()), 0) << check("junit").out;
}

TEST_F(Formats, GitlabIssuesHaveUniqueFingerprintsAndSeverities) {
  auto issues = nlohmann::json::parse(check("gitlab").out);
  ASSERT_TRUE(issues.is_array());
  ASSERT_FALSE(issues.empty());
  std::set<std::string> fingerprints;
  const std::set<std::string> severities = {"info", "minor", "major", "critical", "blocker"};
  for (const auto& issue : issues) {
    EXPECT_TRUE(fingerprints.insert(issue["fingerprint"]).second);
    EXPECT_TRUE(severities.count(issue["severity"]));
    EXPECT_GE(issue["location"]["lines"]["begin"].get<int>(), 1);
  }
  EXPECT_EQ(issues, nlohmann::json::parse(check("gitlab").out)) << "fingerprints are stable across runs";
}

TEST_F(Formats, GithubAndGnuLinesNameFileLineColumnAndRule) {
  RE2 github(R"(::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[A-Z]{2}\d{3} [a-z-]+::.+)");
  RE2 gnu(R"([^:]+:\d+\.\d+-\d+\.\d+: (error|warning|info|style): .+ \[[A-Z]{2}\d{3} [a-z-]+\])");
  std::size_t findings = nlohmann::json::parse(check("json").out)["summary"]["findings"];
  for (const auto& [format, pattern] : {std::pair{"github", &github}, std::pair{"gnu", &gnu}}) {
    std::istringstream lines(check(format).out);
    std::size_t n = 0;
    for (std::string line; std::getline(lines, line); ++n) EXPECT_TRUE(RE2::FullMatch(line, *pattern)) << format << ": " << line;
    EXPECT_EQ(n, findings) << format;
  }
  // DF004 is an error in `strict`, as the catalogue grades it.
  CliRun strict = run("check --fail-on none --profile strict --format github " + dir());
  EXPECT_NE(strict.out.find("::error file=" + dir() + "/api/Dockerfile,line=1,col=6,"), std::string::npos) << strict.out;
}

TEST_F(Formats, UnknownFormatIsAUsageError) { EXPECT_EQ(check("yaml").exit_code, 2); }

TEST_F(Cli, ExplainPrintsTheRuleDoc) {
  CliRun r = run("explain base-image-unpinned");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.rfind("# DF004 base-image-unpinned\n", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("## How to ignore"), std::string::npos);
  EXPECT_EQ(run("explain DF999").exit_code, 2);
}

TEST_F(Cli, RulesAsJson) {
  auto rules = nlohmann::json::parse(run("rules --format json").out);
  ASSERT_TRUE(rules.is_array());
  bool df001 = false;
  for (std::size_t i = 0; i < rules.size(); ++i) {
    df001 = df001 || rules[i]["id"] == "DF001";
    if (i > 0) {
      EXPECT_LT(rules[i - 1]["id"].get<std::string>(), rules[i]["id"].get<std::string>());
    }
  }
  EXPECT_TRUE(df001);
  bool options_seen = false;
  for (const auto& rule : rules) options_seen = options_seen || !rule["options"].empty();
  EXPECT_TRUE(options_seen);
  // Whether a rule offers fixes comes from its metadata: DF065 (ADD → COPY) does, DF004 does not.
  for (const auto& rule : rules) {
    ASSERT_TRUE(rule["fixable"].is_boolean()) << rule["id"];
    if (rule["id"] == "DF065") {
      EXPECT_TRUE(rule["fixable"].get<bool>());
    }
    if (rule["id"] == "DF004") {
      EXPECT_FALSE(rule["fixable"].get<bool>());
    }
  }
}

}  // namespace

namespace {

TEST(Docs, CommittedRulesIndexIsCurrent) {
  std::ifstream in(std::string(PLIMSOLL_SOURCE_DIR) + "/docs/rules.md");
  std::string committed((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(committed, run("rules --format markdown").out) << "docs/rules.md is stale: run scripts/update-docs";
}

}  // namespace
