// Runs every case directory of every rule (`<stem>.cases/bad_x/`, `good_x/`) as a
// project through that rule and compares the findings with inline expectations in its files:
//   # expect DC003            a finding on the next line that is neither blank nor a comment
//   # expect DC003 @+1:5      a finding on the line 1 below, at column 5
//   # expect DC003 @=1        a finding on line 1 (for what a file lacks)
// Any missing or unexpected finding fails, so every good_ directory is a negative test.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "case_expectations.h"
#include "core/source_file.h"
#include "project/project.h"
#include "project_cases.h"
#include "rules/registry.h"
#include "snapshots.h"
#include "util/file_io.h"
#include "util/text.h"
#include "util/path.h"

namespace plimsoll::rules {
namespace {

namespace fs = std::filesystem;

struct CaseDir {
  std::string rule_id;
  std::string path;
  std::string name;
};

void PrintTo(const CaseDir& c, std::ostream* os) { *os << c.name; }

std::vector<CaseDir> all_cases() {
  std::vector<CaseDir> cases;
  // Any rule may have directory cases: a Dockerfile rule that asks what the project around the
  // file knows (DF004: images its compose services build) is tested in a project too.
  for (const Rule* rule : all_rules()) {
    if (rule->interest().image) continue;  // image cases are image trees (tests/image/image_rule_cases_test.cpp)
    fs::path dir = fs::path(PLIMSOLL_SOURCE_DIR) / "src/rules" / std::string(rule->info().family) /
                   (std::string(rule->info().doc_stem) + ".cases");
    std::error_code ec;
    std::vector<fs::path> dirs;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      if (entry.is_directory()) dirs.push_back(entry.path());
    }
    std::sort(dirs.begin(), dirs.end());
    for (const auto& d : dirs) {
      cases.push_back({std::string(rule->info().id), d.string(), std::string(rule->info().id) + "_" + d.filename().string()});
    }
  }
  return cases;
}

struct Expectation {
  std::string file;
  testing_cases::Expectation at;
};

class ProjectCase : public testing::TestWithParam<CaseDir> {};

TEST_P(ProjectCase, FindingsMatchInlineExpectations) {
  const CaseDir& c = GetParam();
  const Rule* rule = find_rule(c.rule_id);
  ASSERT_NE(rule, nullptr);
  std::vector<std::string> files = testing_cases::project_files(c.path);
  ASSERT_FALSE(files.empty()) << c.path << " holds no file plimsoll checks";
  std::vector<Expectation> expected;
  for (const auto& file : files) {
    auto text = util::read_file(file);
    ASSERT_TRUE(text) << file;
    core::SourceFile source(file, *text);
    for (const auto& at : testing_cases::expectations(source, c.rule_id)) expected.push_back({file, at});
  }
  bool bad = fs::path(c.path).filename().string().starts_with("bad_");
  EXPECT_EQ(bad, !expected.empty()) << (bad ? "bad_ cases need an `# expect` line" : "good_ cases carry none");

  RuleSettings settings = testing_cases::options_from_files(files, rule->info());
  std::vector<testing_cases::ProjectFinding> findings = testing_cases::run_project_rule(c.path, *rule, settings);
  testing_cases::expect_project_snapshots(c.path, files, *rule, findings, [&](const auto& overlays) {
    return testing_cases::run_project_rule(c.path, *rule, settings, overlays);
  });
  std::vector<bool> used(findings.size(), false);
  for (const auto& e : expected) {
    bool matched = false;
    for (std::size_t i = 0; i < findings.size() && !matched; ++i) {
      if (used[i] || util::normal_path(findings[i].path) != util::normal_path(e.file)) continue;
      auto at = findings[i].source->begin_of(findings[i].finding.span);
      if (e.at.matches(at.line, at.column, findings[i].finding.message)) matched = used[i] = true;
    }
    EXPECT_TRUE(matched) << "expected " << c.rule_id << " in " << e.file << " at line " << e.at.line
                         << (e.at.column ? ":" + std::to_string(e.at.column) : "")
                         << (e.at.message_part.empty() ? "" : " saying \"" + e.at.message_part + "\"");
  }
  for (std::size_t i = 0; i < findings.size(); ++i) {
    if (used[i]) continue;
    auto at = findings[i].source->begin_of(findings[i].finding.span);
    ADD_FAILURE() << "unexpected " << findings[i].finding.rule_id << " in " << findings[i].path << " at " << at.line
                  << ":" << at.column << ": " << findings[i].finding.message;
  }
}

INSTANTIATE_TEST_SUITE_P(Rules, ProjectCase, testing::ValuesIn(all_cases()),
                         [](const testing::TestParamInfo<CaseDir>& param_info) {
                           std::string name = param_info.param.name;
                           std::replace_if(name.begin(), name.end(), [](char ch) { return !util::is_ascii_alnum(ch); }, '_');
                           return name;
                         });
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(ProjectCase);

}  // namespace
}  // namespace plimsoll::rules
