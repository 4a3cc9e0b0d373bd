#include "session/session.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "fix/engine.h"
#include "rules/registry.h"
#include "rules/rule_timings.h"
#include "session/candidate.h"
#include "util/path.h"

namespace plimsoll::session {
namespace {

namespace fs = std::filesystem;
using ::testing::Contains;
using ::testing::Not;

class SessionTest : public testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("plimsoll-session-" + std::to_string(::getpid()) + "-" +
             testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

  std::string write(const std::string& relative, const std::string& text) {
    fs::path path = root_ / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
    return path.generic_string();
  }

  Request request(std::vector<std::string> project_files, std::vector<std::string> dockerfiles = {}) {
    Request r;
    r.root = root_.generic_string();
    r.project_files = std::move(project_files);
    r.dockerfiles = std::move(dockerfiles);
    return r;
  }

  static const core::FileReport* report_of(const std::vector<core::FileReport>& reports, const std::string& path) {
    for (const auto& r : reports) {
      if (r.path == path) return &r;
    }
    return nullptr;
  }
  static std::vector<std::string> ids(const core::FileReport* report) {
    std::vector<std::string> out;
    if (report != nullptr) {
      for (const auto& f : report->findings) out.emplace_back(f.rule_id);
    }
    return out;
  }

  // A small project with findings of every kind: Dockerfile rules, compose and context rules
  // on the Dockerfiles compose builds, env files. The two Dockerfiles come first.
  std::vector<std::string> mixed_project() {
    return {write("api/Dockerfile", "FROM python\nCOPY . .\nRUN pip install flask\n"),
            write("web/Dockerfile", "FROM node:22\nMAINTAINER me\nCOPY secrets.env /app/\n"),
            write("web/.dockerignore", ".git\n"),
            write("compose.yaml", "services:\n  api:\n    build: ./api\n    privileged: true\n"
                                  "  web:\n    build:\n      context: ./web\n    ports: [\"80:80\"]\n"),
            write("compose.prod.yaml", "services:\n  api:\n    image: acme/api\n"),
            write(".env.prod", "TOKEN=abc\n")};
  }

  fs::path root_;
};

TEST_F(SessionTest, DisabledRulesAreDroppedAndConfiguredSeveritiesWin) {
  std::vector<const rules::Rule*> rules = {rules::find_rule("DF004"), rules::find_rule("DF064")};
  rules::RuleSettings settings;
  settings.by_id["DF004"].enabled = false;
  settings.by_id["DF064"].severity = core::Severity::kError;
  auto report = check_dockerfile_text("Dockerfile", "FROM python\nMAINTAINER me\n", rules, settings);
  ASSERT_EQ(report.findings.size(), 1u);
  EXPECT_EQ(report.findings[0].rule_id, "DF064");
  EXPECT_EQ(report.findings[0].severity, core::Severity::kError);
}

// A text checked on its own reads nothing around it: a script in the directory the process runs
// in that builds `app:1` does not make `FROM app:1` the project's own image (DF004), and it is
// not searched at all, which made each such check walk the working directory.
TEST_F(SessionTest, ATextCheckedOnItsOwnReadsNothingAroundIt) {
  write("build.sh", "#!/bin/sh\ndocker build -t app:latest .\n");
  fs::path previous = fs::current_path();
  fs::current_path(root_);
  auto report = check_dockerfile_text("Dockerfile", "FROM app:latest\nUSER app\n");
  fs::current_path(previous);
  auto df004 = std::count_if(report.findings.begin(), report.findings.end(),
                             [](const core::Finding& f) { return f.rule_id == "DF004"; });
  EXPECT_EQ(df004, 1);

  // The same Dockerfile in that project is the project's own image.
  std::string dockerfile = write("Dockerfile", "FROM app:latest\nUSER app\n");
  auto whole = check(request({}, {dockerfile}));
  ASSERT_NE(report_of(whole, dockerfile), nullptr);
  for (const auto& r : whole) {
    for (const auto& f : r.findings) EXPECT_NE(f.rule_id, "DF004") << r.path;
  }
}

TEST_F(SessionTest, OneIgnoreGrammarForEveryKindOfFile) {
  std::string compose = write("compose.yaml",
                              "services:\n  api:\n    image: acme/api:1.2.3\n"
                              "    # plimsoll ignore = DC003\n\n    privileged: true\n");
  auto reports = check(request({compose}));
  EXPECT_THAT(ids(report_of(reports, compose)), Not(Contains("DC003")));

  Request no_ignores = request({compose});
  no_ignores.inline_ignores = false;
  EXPECT_THAT(ids(report_of(check(no_ignores), compose)), Contains("DC003"));
}

TEST_F(SessionTest, HadolintAndGlobalFormsWorkInComposeFiles) {
  std::string compose = write("compose.yaml",
                              "# plimsoll global ignore=privileged\n"
                              "services:\n  api:\n    image: acme/api:1.2.3\n    privileged: true\n");
  EXPECT_THAT(ids(report_of(check(request({compose})), compose)), Not(Contains("DC003")));
}

TEST_F(SessionTest, AComposeFileInSeveralStacksReportsOnce) {
  std::string base = write("compose.yaml", "services:\n  api:\n    image: acme/api:1.2.3\n    privileged: true\n");
  std::string dev = write("compose.dev.yaml", "services:\n  api:\n    command: [\"serve\"]\n");
  std::string makefile = write("Makefile",
                               "up:\n\tdocker compose -f compose.yaml up\n"
                               "dev:\n\tdocker compose -f compose.yaml -f compose.dev.yaml up\n");
  auto reports = check(request({base, dev, makefile}));
  auto found = ids(report_of(reports, base));
  EXPECT_EQ(std::count(found.begin(), found.end(), "DC003"), 1);
}

TEST_F(SessionTest, ReportsCarryTheParsersDiagnostics) {
  std::string dockerfile = write("Dockerfile", "FROM debian:12\nRUN <<EOF\necho never closed\n");
  std::string compose = write("compose.yaml", "services:\n  api: [unclosed\n");
  auto reports = check(request({compose}, {dockerfile}));
  const core::FileReport* d = report_of(reports, dockerfile);
  ASSERT_NE(d, nullptr);
  EXPECT_GT(d->count(core::Severity::kError), 0u);
  const core::FileReport* c = report_of(reports, compose);
  ASSERT_NE(c, nullptr);
  EXPECT_GT(c->count(core::Severity::kError), 0u);
}

TEST_F(SessionTest, AFileNamedAsADockerfileIsCheckedAsOneWhateverItsName) {
  std::string path = write("build.docker", "FROM python\n");
  auto reports = check(request({}, {path}));
  EXPECT_THAT(ids(report_of(reports, path)), Contains("DF004"));
}

TEST_F(SessionTest, OverlaysReplaceFilesAndNeedNotExist) {
  std::string path = (root_ / "Dockerfile").generic_string();
  Request r = request({}, {path});
  r.overlays[path] = "FROM python\n";
  EXPECT_THAT(ids(report_of(check(r), path)), Contains("DF004"));
}

TEST_F(SessionTest, ProjectFindingsFollowTheSettingsOfTheFileTheyLandIn) {
  std::string a = write("a/compose.yaml", "services:\n  api:\n    image: acme/api:1.2.3\n    privileged: true\n");
  std::string b = write("b/compose.yaml", "services:\n  api:\n    image: acme/api:1.2.3\n    privileged: true\n");
  rules::RuleSettings on;
  rules::RuleSettings off;
  off.by_id["DC003"].enabled = false;
  Request r = request({a, b});
  r.settings = [&](std::string_view path) -> const rules::RuleSettings& { return path == b ? off : on; };
  auto reports = check(r);
  EXPECT_THAT(ids(report_of(reports, a)), Contains("DC003"));
  EXPECT_THAT(ids(report_of(reports, b)), Not(Contains("DC003")));
}

TEST_F(SessionTest, UnreadableFilesGetAnErrorReport) {
  std::string missing = (root_ / "Dockerfile").generic_string();
  auto reports = check(request({}, {missing}));
  const core::FileReport* r = report_of(reports, missing);
  ASSERT_NE(r, nullptr);
  EXPECT_FALSE(r->error.empty());
  EXPECT_EQ(r->source, nullptr);
}

std::string flatten(const std::vector<core::FileReport>& reports) {
  std::string out;
  for (const auto& r : reports) {
    out += r.path + (r.error.empty() ? "" : " error: " + r.error) + "\n";
    for (const auto& f : r.findings) {
      out += "  " + std::string(f.rule_id) + " " + std::to_string(f.span.begin) + " " + f.message + "\n";
    }
    for (const auto& d : r.diagnostics) out += "  diagnostic " + d.message + "\n";
  }
  return out;
}

TEST_F(SessionTest, ThreadsDoNotChangeWhatIsFound) {
  auto files = mixed_project();
  Request one = request({files.begin() + 2, files.end()}, {files[0], files[1]});
  Request two = one;
  two.threads = 2;
  std::string expected = flatten(check(one));
  EXPECT_NE(expected.find("DC003"), std::string::npos);
  EXPECT_NE(expected.find("DF004"), std::string::npos);
  for (int run = 0; run < 5; ++run) EXPECT_EQ(flatten(check(two)), expected);
}

TEST_F(SessionTest, AFocusedCheckGivesTheFileWhatAWholeCheckGivesIt) {
  auto files = mixed_project();
  Request whole = request({files.begin() + 2, files.end()}, {files[0], files[1]});
  auto all = check(whole);
  for (const std::string& file : files) {
    Request focused = whole;
    focused.focus = util::normal_path(file);
    auto reports = check(focused);
    const core::FileReport* expected = report_of(all, file);
    if (expected == nullptr) {
      EXPECT_TRUE(reports.empty()) << file;
      continue;
    }
    ASSERT_EQ(reports.size(), 1u) << file;
    EXPECT_EQ(flatten(reports), flatten({*expected})) << file;
  }
}

TEST_F(SessionTest, ACacheGivesTheSameFindingsAsAFreshCheck) {
  auto files = mixed_project();
  Request r = request({files.begin() + 2, files.end()}, {files[0], files[1]});
  std::string fresh = flatten(check(r));
  project::ParsedCache cache;
  r.cache = &cache;
  EXPECT_EQ(flatten(check(r)), fresh);
  EXPECT_EQ(cache.size(), 2u);
  EXPECT_EQ(flatten(check(r)), fresh);  // from the cache
  write("api/Dockerfile", "FROM python:3.12-slim@sha256:0000000000000000000000000000000000000000000000000000000000000000\n");
  EXPECT_EQ(flatten(check(r)), [&] {
    Request again = r;
    again.cache = nullptr;
    return flatten(check(again));
  }());
}

// `n` compose files, each with a service the compose fixes apply to, fixed together: the rule
// calls grow with the files, not with files × fixes × files as one project check per fix did.
uint64_t compose_rule_calls_fixing(const std::string& root, std::size_t n, std::vector<fix::Result>* out = nullptr) {
  Request r;
  r.root = root;
  std::vector<std::string> texts;
  for (std::size_t i = 0; i < n; ++i) {
    r.project_files.push_back(root + "/s" + std::to_string(i) + "/compose.yaml");
    texts.push_back("services:\n  app:\n    image: nginx:1.25\n");
    r.overlays[util::normal_path(r.project_files.back())] = texts.back();
  }
  rules::RuleTimings timings;
  r.timings = &timings;
  std::vector<fix::Result> results = fix_files(r.project_files, texts, r);
  uint64_t calls = 0;
  for (const auto& [id, timing] : timings.sorted()) calls += id.starts_with("DC") ? timing.calls : 0;
  for (const auto& result : results) {
    EXPECT_FALSE(result.applied.empty());
    EXPECT_NE(result.text.find("cap_drop"), std::string::npos) << result.text;
  }
  if (out != nullptr) *out = std::move(results);
  return calls;
}

TEST_F(SessionTest, FixingManyComposeFilesChecksTheProjectAFewTimes) {
  std::string root = root_.generic_string();
  uint64_t small = compose_rule_calls_fixing(root, 10);
  uint64_t large = compose_rule_calls_fixing(root, 20);
  EXPECT_GT(small, 0u);
  EXPECT_LT(large, 3 * small);
}

TEST_F(SessionTest, FixingFilesTogetherGivesWhatFixingEachAloneGives) {
  std::string root = root_.generic_string();
  std::vector<fix::Result> together;
  compose_rule_calls_fixing(root, 3, &together);
  Request r;
  r.root = root;
  std::string path = root + "/s1/compose.yaml";
  r.project_files = {path};
  r.overlays[util::normal_path(path)] = "services:\n  app:\n    image: nginx:1.25\n";
  fix::Result alone = fix::fix_to_fixed_point(r.overlays.begin()->second, candidate_checker(path, r));
  ASSERT_EQ(together.size(), 3u);
  EXPECT_EQ(together[1].text, alone.text);
  EXPECT_EQ(together[1].applied.size(), alone.applied.size());
}

}  // namespace
}  // namespace plimsoll::session
