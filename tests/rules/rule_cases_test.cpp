// Runs every file of every rule's `<stem>.cases/` folder through that rule and compares the
// findings with the file's inline expectations:
//   # expect DF004            a finding on the next line that is neither blank nor a comment
//   # expect DF004 @+1:6      a finding on the line 1 below this comment, at column 6
//   # option name=a,b         sets an option of the rule under test for this file
//   # targets a,b             names the production-target stages for this file
// Any missing or unexpected finding of the rule fails, so every good_ file is a negative test.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "core/source_file.h"
#include "case_expectations.h"
#include "session/session.h"
#include "rules/registry.h"
#include "snapshots.h"
#include "util/text.h"

namespace plimsoll::rules {
namespace {

namespace fs = std::filesystem;

struct CaseFile {
  std::string rule_id;
  std::string path;
  std::string name;  // for the test name
};

void PrintTo(const CaseFile& c, std::ostream* os) { *os << c.name; }

std::vector<CaseFile> all_cases() {
  std::vector<CaseFile> cases;
  for (const Rule* rule : all_rules()) {
    const Interest interest = rule->interest();
    // Project cases are directories (project_cases_test.cpp); a rule may have both kinds.
    if (interest.instructions == 0 && !interest.stage_end && !interest.file_end) continue;
    fs::path dir = fs::path(PLIMSOLL_SOURCE_DIR) / "src/rules" / std::string(rule->info().family) /
                   (std::string(rule->info().doc_stem) + ".cases");
    std::error_code ec;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      if (entry.is_regular_file() && !testing_cases::is_snapshot_file(entry.path())) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
      cases.push_back({std::string(rule->info().id), file.string(), std::string(rule->info().id) + "_" + file.stem().string()});
    }
  }
  return cases;
}

using testing_cases::Expectation;
using testing_cases::expectations;

RuleSettings case_settings(const core::SourceFile& source, const RuleInfo& rule) {
  RuleSettings settings;
  const auto& lines = source.lines();
  for (uint32_t n = 1; n <= lines.line_count(); ++n) {
    std::string_view text = util::trim_ascii_space(lines.line_text(n));
    if (text.rfind("# option ", 0) == 0) {
      std::string_view spec = util::trim_ascii_space(text.substr(9));
      std::size_t eq = spec.find('=');
      std::string name(spec.substr(0, eq));
      std::vector<std::string> values;
      std::string_view rest = eq == std::string_view::npos ? std::string_view() : spec.substr(eq + 1);
      while (!rest.empty()) {
        std::size_t comma = rest.find(',');
        values.emplace_back(util::trim_ascii_space(rest.substr(0, comma)));
        if (comma == std::string_view::npos) break;
        rest.remove_prefix(comma + 1);
      }
      settings.by_id[std::string(rule.id)].options[name] = values;
    } else if (text.rfind("# targets ", 0) == 0) {
      settings.production_targets.clear();
      std::istringstream names{std::string(text.substr(10))};
      for (std::string name; std::getline(names, name, ',');) {
        settings.production_targets.emplace_back(util::trim_ascii_space(name));
      }
    }
  }
  return settings;
}

// How a case file is run: the rule under test alone, with the file's `# option` and `# targets`.
std::vector<core::Finding> run_case(const core::SourceFile& source, const Rule& rule) {
  RuleSettings settings = case_settings(source, rule.info());
  return session::check_dockerfile_text(source.path(), std::string(source.text()), {&rule}, settings).findings;
}

class RuleCase : public testing::TestWithParam<CaseFile> {};

TEST_P(RuleCase, FindingsMatchInlineExpectations) {
  const CaseFile& c = GetParam();
  std::ifstream in(c.path, std::ios::binary);
  core::SourceFile source(c.path, std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()));
  const Rule* rule = find_rule(c.rule_id);
  ASSERT_NE(rule, nullptr);
  std::vector<core::Finding> findings = run_case(source, *rule);
  testing_cases::expect_file_snapshots(c.path, source, *rule, findings,
                                       [&](const core::SourceFile& changed) { return run_case(changed, *rule); });
  std::vector<Expectation> expected = expectations(source, c.rule_id);
  bool good = fs::path(c.path).filename().string().rfind("good_", 0) == 0;
  if (good) {
    EXPECT_TRUE(expected.empty()) << "good_ files carry no expectations";
  } else {
    EXPECT_FALSE(expected.empty()) << "bad_ files need at least one `# expect` line";
  }
  std::vector<bool> used(findings.size(), false);
  for (const auto& e : expected) {
    bool matched = false;
    for (std::size_t i = 0; i < findings.size() && !matched; ++i) {
      auto at = source.begin_of(findings[i].span);
      if (!used[i] && e.matches(at.line, at.column, findings[i].message)) matched = used[i] = true;
    }
    EXPECT_TRUE(matched) << "expected " << c.rule_id << " at line " << e.line << (e.column ? ":" + std::to_string(e.column) : "");
  }
  for (std::size_t i = 0; i < findings.size(); ++i) {
    if (used[i]) continue;
    auto at = source.begin_of(findings[i].span);
    ADD_FAILURE() << "unexpected " << findings[i].rule_id << " at " << at.line << ":" << at.column << ": "
                  << findings[i].message;
  }
}

std::string case_name(const testing::TestParamInfo<CaseFile>& param) { return param.param.name; }

INSTANTIATE_TEST_SUITE_P(Rules, RuleCase, testing::ValuesIn(all_cases()), case_name);

}  // namespace
}  // namespace plimsoll::rules
