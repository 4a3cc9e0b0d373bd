#include "fix/edits.h"

#include <gtest/gtest.h>

namespace plimsoll::fix {
namespace {

core::Finding finding(std::string_view id, std::vector<core::TextEdit> edits) {
  core::Finding f;
  f.rule_id = id;
  f.fix = core::Fix{std::string(id), std::move(edits)};
  return f;
}

TEST(Edits, ApplyGoesBackToFrontSoSpansStayValid) {
  EXPECT_EQ(fix::apply("RUN apt-get install curl", {{{19, 19}, " -y"}, {{0, 3}, "run"}}), "run apt-get install -y curl");
  EXPECT_EQ(fix::apply("abc", {}), "abc");
  EXPECT_EQ(fix::apply("abc", {{{1, 2}, ""}}), "ac");
}

TEST(Edits, InsertedLinesTakeTheLineEndingOfTheLineTheyLandOn) {
  EXPECT_EQ(fix::apply("a\r\nb\r\n", {{{1, 1}, " \\\n c"}}), "a \\\r\n c\r\nb\r\n");
  EXPECT_EQ(fix::apply("a\nb\r\n", {{{1, 1}, "\nx"}}), "a\nx\nb\r\n") << "an LF line in a mixed file stays LF";
  EXPECT_EQ(fix::apply("a\r\nb", {{{4, 4}, "\nc"}}), "a\r\nb\r\nc") << "the last line goes by the one before";
  EXPECT_EQ(fix::apply("a\r\n", {{{1, 1}, "\r\nx"}}), "a\r\nx\r\n") << "a CRLF already there is not doubled";
}

TEST(Edits, ConflictsAreSharedBytesOrTheSameStart) {
  EXPECT_TRUE(conflict({2, 5}, {4, 6}));
  EXPECT_TRUE(conflict({3, 3}, {3, 3}));  // two insertions at one point
  EXPECT_TRUE(conflict({3, 3}, {3, 8}));
  EXPECT_FALSE(conflict({2, 5}, {5, 6}));
  EXPECT_FALSE(conflict({5, 5}, {2, 5}));
  EXPECT_FALSE(conflict({0, 1}, {7, 9}));
}

TEST(Edits, InvalidFixesAreNamed) {
  EXPECT_EQ(applicable(core::Fix{"t", {{{0, 20}, "x"}}}, 10).error().message, "an edit lies outside the file");
  EXPECT_EQ(applicable(core::Fix{"t", {{{0, 4}, "x"}, {{2, 6}, "y"}}}, 10).error().message, "its edits overlap");
  EXPECT_TRUE(applicable(core::Fix{"t", {{{0, 4}, "x"}, {{6, 6}, "y"}}}, 10).has_value());
}

TEST(Edits, ChooseKeepsTheFirstOfConflictingFixesInFileOrder) {
  std::vector<core::Finding> findings;
  findings.push_back(finding("B", {{{8, 8}, "b"}}));
  findings.push_back(finding("A", {{{2, 9}, "a"}}));  // covers B's point: B loses
  findings.push_back(finding("C", {{{12, 12}, "c"}}));
  findings.push_back(finding("D", {{{12, 12}, "d"}}));  // same point as C, later: loses
  findings.push_back(finding("E", {{{40, 41}, "e"}}));  // past the end: skipped
  core::Finding no_fix;
  no_fix.rule_id = "F";
  findings.push_back(no_fix);
  auto chosen = choose(findings, 20);
  ASSERT_EQ(chosen.size(), 2u);
  EXPECT_EQ(chosen[0]->rule_id, "A");
  EXPECT_EQ(chosen[1]->rule_id, "C");
}

TEST(Edits, ExtentCoversEveryEdit) {
  EXPECT_EQ(extent(core::Fix{"t", {{{9, 9}, "x"}, {{2, 4}, ""}}}), (core::Span{2, 9}));
}

TEST(Edits, ManyEditsApplyInOnePassWithTheSameResult) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "ab";
  std::vector<core::TextEdit> edits;
  for (uint32_t i = 0; i < 1000; ++i) edits.push_back({{2 * i, 2 * i + 1}, "AA"});
  edits.push_back({{0, 0}, "1"});
  edits.push_back({{0, 0}, "2"});  // a later insertion at one point lands first
  std::string expected = "21";
  for (int i = 0; i < 1000; ++i) expected += "AAb";
  EXPECT_EQ(fix::apply(text, edits), expected);
}

}  // namespace
}  // namespace plimsoll::fix
