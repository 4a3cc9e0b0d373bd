// Builds every case directory of every image rule (`<stem>.cases/bad_x/Dockerfile` and the
// files it copies) into a real image with buildah, audits it with that rule, and compares the
// findings with the Dockerfile's inline expectations:
//   # expect IM009            a finding on the next instruction (FROM: the image as a whole)
//   # option min-bytes=0      sets an option of the rule under test
// Any missing or unexpected finding fails, so every good_ directory is a negative test.
#include <gtest/gtest.h>

#include <algorithm>

#include "case_expectations.h"
#include "core/source_file.h"
#include "image_cases.h"
#include "rules/registry.h"
#include "util/file_io.h"

namespace plimsoll::testing_image {
namespace {

struct CaseDir {
  std::string rule_id;
  std::string path;
  std::string name;
};

void PrintTo(const CaseDir& c, std::ostream* os) { *os << c.name; }

std::vector<CaseDir> all_cases() {
  std::vector<CaseDir> cases;
  for (const rules::Rule* rule : rules::all_rules()) {
    if (!rule->interest().image) continue;
    fs::path dir = fs::path(PLIMSOLL_SOURCE_DIR) / "src/rules/image" / (std::string(rule->info().doc_stem) + ".cases");
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

class ImageCase : public testing::TestWithParam<CaseDir> {};

TEST_P(ImageCase, FindingsMatchInlineExpectations) {
  const CaseDir& c = GetParam();
  const rules::Rule* rule = rules::find_rule(c.rule_id);
  ASSERT_NE(rule, nullptr);
  auto text = util::read_file(c.path + "/Dockerfile");
  ASSERT_TRUE(text) << c.path << " has no Dockerfile";
  core::SourceFile source(c.path + "/Dockerfile", *text);
  auto expected = rules::testing_cases::expectations(source, c.rule_id);
  bool bad = fs::path(c.path).filename().string().starts_with("bad_");
  EXPECT_EQ(bad, !expected.empty()) << (bad ? "bad_ cases need an `# expect` line" : "good_ cases carry none");

  std::string name = c.name;
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char ch) { return std::tolower(ch); });
  auto image = build_and_load(c.path, name);
  ASSERT_TRUE(image);
  auto findings = run_rule(*image, *rule, *text);
  std::vector<bool> used(findings.size(), false);
  for (const auto& e : expected) {
    bool matched = false;
    for (std::size_t i = 0; i < findings.size() && !matched; ++i) {
      if (!used[i] && findings[i].line == e.line) matched = used[i] = true;
    }
    EXPECT_TRUE(matched) << "expected " << c.rule_id << " at Dockerfile line " << e.line;
  }
  for (std::size_t i = 0; i < findings.size(); ++i) {
    if (!used[i]) ADD_FAILURE() << "unexpected " << c.rule_id << " at line " << findings[i].line << ": " << findings[i].message;
  }
}

std::string case_name(const testing::TestParamInfo<CaseDir>& param) { return param.param.name; }

INSTANTIATE_TEST_SUITE_P(ImageRules, ImageCase, testing::ValuesIn(all_cases()), case_name);

}  // namespace
}  // namespace plimsoll::testing_image
