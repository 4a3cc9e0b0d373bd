#include "session/suppression.h"

#include <gtest/gtest.h>

#include "core/source_file.h"
#include "rules/registry.h"
#include "session/session.h"

namespace plimsoll::session {
namespace {

std::vector<std::string> ids(std::string text, bool inline_ignores = true) {
  std::vector<std::string> out;
  // The rules these tests name; other rules' findings would only make the fixtures longer.
  std::vector<const rules::Rule*> rules = {rules::find_rule("DF004"), rules::find_rule("DF010"),
                                           rules::find_rule("DF050")};
  auto report = check_dockerfile_text("Dockerfile", std::move(text), rules, rules::RuleSettings::defaults(), inline_ignores);
  for (const auto& f : report.findings) out.emplace_back(f.rule_id);
  return out;
}

constexpr const char* kTail =
    "RUN useradd app\nUSER app\nHEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 CMD [\"true\"]\n";

TEST(Suppressions, IgnoreCommentSilencesTheNextInstructionOnly) {
  std::string text = std::string("# plimsoll ignore=DF004\nFROM ubuntu\n") + kTail + "FROM alpine\n" + kTail;
  EXPECT_EQ(ids(text), std::vector<std::string>{"DF004"});  // the second FROM still reports
  EXPECT_EQ(ids(text, false), (std::vector<std::string>{"DF004", "DF004"}));
}

TEST(Suppressions, AcceptsRuleNamesAndGlobalForm) {
  std::string text = std::string("FROM ubuntu\n") + kTail + "# plimsoll global ignore = base-image-unpinned # legacy\n";
  EXPECT_TRUE(ids(text).empty());
}

TEST(Suppressions, HonoursHadolintCodes) {
  std::string text = std::string("FROM ubuntu:24.04\n") + kTail + "# hadolint ignore=DL3015, DL3009\n" +
                     "RUN apt-get update && apt-get install -y curl\n";
  EXPECT_TRUE(ids(text).empty());
  EXPECT_EQ(ids(std::string("# hadolint global ignore=DL3006\nFROM ubuntu\n") + kTail), std::vector<std::string>{});
}

TEST(Suppressions, HonoursBuildKitCheckSkip) {
  std::string body = std::string("FROM ubuntu:24.04\n") + kTail + "CMD echo hi\n";
  EXPECT_EQ(ids(body), std::vector<std::string>{"DF050"});
  EXPECT_TRUE(ids("# check=skip=JSONArgsRecommended\n" + body).empty());
  EXPECT_TRUE(ids("# check=skip=all;error=true\n" + body).empty());
  std::string per_instruction = std::string("FROM ubuntu:24.04\n") + kTail + "# check=skip=JSONArgsRecommended\nCMD echo hi\n";
  EXPECT_TRUE(ids(per_instruction).empty());
}

TEST(Suppressions, OtherCommentsAreNotPragmas) {
  std::vector<std::string> list;
  bool global = false;
  EXPECT_FALSE(parse_ignore_comment("plimsoll is great", list, global));
  EXPECT_FALSE(parse_ignore_comment("ignore=DF004", list, global));
  EXPECT_TRUE(parse_ignore_comment("plimsoll ignore=DF004,DF010", list, global));
  EXPECT_EQ(list, (std::vector<std::string>{"DF004", "DF010"}));
  EXPECT_FALSE(global);
}

// An env file with a pragma above every line and a finding on every line: each lookup looks
// at the pragmas of one item, so doubling the file doubles the probes.
std::size_t probes_for_lines(std::size_t lines) {
  std::string text;
  for (std::size_t i = 0; i < lines; ++i) text += "# plimsoll ignore=EN003\nbad line " + std::to_string(i) + "\n";
  core::SourceFile source(".env", text);
  Suppressions s = Suppressions::for_text(source, "env");
  std::size_t suppressed = 0;
  for (uint32_t at = 0; at < text.size(); ++at) {
    if (text[at] != 'b') continue;
    core::Finding finding;
    finding.rule_id = "EN003";
    finding.span = {at, at + 3};
    suppressed += s.suppresses(finding) ? 1 : 0;
  }
  EXPECT_EQ(suppressed, lines);
  return s.probes();
}

TEST(Suppressions, LookupStaysLinearInPragmasTimesFindings) {
  std::size_t small = probes_for_lines(2000);
  std::size_t large = probes_for_lines(4000);
  EXPECT_GT(small, 0u);
  EXPECT_LT(large, 3 * small);
}

TEST(Suppressions, SeveralCommentsAboveOneItemAllCount) {
  core::SourceFile source("compose.yaml", "# plimsoll ignore=DC001\n# plimsoll ignore=DC002\nservices: {}\nother: 1\n");
  Suppressions s = Suppressions::for_text(source, "compose");
  core::Finding finding;
  finding.span = {48, 50};
  finding.rule_id = "DC001";
  EXPECT_TRUE(s.suppresses(finding));
  finding.rule_id = "DC002";
  EXPECT_TRUE(s.suppresses(finding));
  finding.span = {61, 62};  // on the next line
  EXPECT_FALSE(s.suppresses(finding));
}

}  // namespace
}  // namespace plimsoll::session
