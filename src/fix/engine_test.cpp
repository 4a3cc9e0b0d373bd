#include "fix/engine.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <utility>

namespace plimsoll::fix {
namespace {

// A toy language: every `x` is a finding of X with a fix to `y`; every `q` is a finding of Q
// whose fix inserts `!`, and each `!` is a parse error; every `w` is a finding of W whose fix
// writes `xx` (two new X findings); every `z` (rule Z) and `v` (rule V) both want to insert
// at the start of the file, so only one of them can go per round.
Check toy(std::string_view text) {
  Check check;
  for (uint32_t i = 0; i < text.size(); ++i) {
    auto add = [&](std::string_view id, core::Span span, std::string replacement) {
      core::Finding f;
      f.rule_id = id;
      f.span = {i, i + 1};
      f.fix = core::Fix{"fix " + std::string(id), {{span, std::move(replacement)}}};
      check.findings.push_back(std::move(f));
    };
    switch (text[i]) {
      case 'x': add("X", {i, i + 1}, "y"); break;
      case 'q': add("Q", {i, i + 1}, "!"); break;
      case 'w': add("W", {i, i + 1}, "xx"); break;
      case 'z': add("Z", {0, 0}, "Z"); break;
      case 'v': add("V", {0, 0}, "V"); break;
      case '!': ++check.parse_errors; break;
      default: break;
    }
    if (text[i] == 'z' && text.find('Z') != std::string_view::npos) check.findings.pop_back();  // fixed
    if (text[i] == 'v' && text.find('V') != std::string_view::npos) check.findings.pop_back();
  }
  return check;
}

TEST(FixEngine, AppliesEveryFixAndASecondRunChangesNothing) {
  Result first = fix_to_fixed_point("a x b x\n", toy);
  EXPECT_EQ(first.text, "a y b y\n");
  EXPECT_EQ(first.applied.size(), 2u);
  EXPECT_TRUE(first.refused.empty());
  EXPECT_TRUE(first.converged);
  Result second = fix_to_fixed_point(first.text, toy);
  EXPECT_EQ(second.text, first.text);
  EXPECT_TRUE(second.applied.empty());
  EXPECT_EQ(second.rounds, 0u);
}

TEST(FixEngine, RefusesAFixThatBreaksTheParse) {
  Result r = fix_to_fixed_point("q x\n", toy);
  EXPECT_EQ(r.text, "q y\n");
  ASSERT_EQ(r.refused.size(), 1u);
  EXPECT_EQ(r.refused[0].rule_id, "Q");
  EXPECT_EQ(r.refused[0].reason, "the result would not parse");
  EXPECT_EQ(r.refused[0].line, 1u);
}

TEST(FixEngine, RefusesAFixThatAddsFindingsOfAnotherRule) {
  Result r = fix_to_fixed_point("w\n", toy);
  EXPECT_EQ(r.text, "w\n");
  ASSERT_EQ(r.refused.size(), 1u);
  EXPECT_EQ(r.refused[0].reason, "the result would have a new X finding");
}

TEST(FixEngine, MilderNewFindingsAndParserWarningsAreToldApart) {
  // m (rule M, a warning) becomes n, which rule N reports as info: kept. p (rule P) becomes
  // `~`, which the parser only warns about: refused.
  Checker checker = [](std::string_view text) {
    Check c;
    for (uint32_t i = 0; i < text.size(); ++i) {
      core::Finding f;
      f.span = {i, i + 1};
      if (text[i] == 'm') {
        f.rule_id = "M";
        f.fix = core::Fix{"m to n", {{f.span, "n"}}};
      } else if (text[i] == 'n') {
        f.rule_id = "N";
        f.severity = core::Severity::kInfo;
      } else if (text[i] == 'p') {
        f.rule_id = "P";
        f.fix = core::Fix{"p to ~", {{f.span, "~"}}};
      } else {
        c.parse_warnings += text[i] == '~';
        continue;
      }
      c.findings.push_back(f);
    }
    return c;
  };
  Result r = fix_to_fixed_point("m p", checker);
  EXPECT_EQ(r.text, "n p");
  ASSERT_EQ(r.refused.size(), 1u);
  EXPECT_EQ(r.refused[0].rule_id, "P");
  EXPECT_EQ(r.refused[0].reason, "the parser would warn about the result");
}

TEST(FixEngine, ConflictingInsertionsTakeTurnsOverRounds) {
  Result r = fix_to_fixed_point("z v\n", toy);
  EXPECT_EQ(r.text, "VZz v\n");
  EXPECT_EQ(r.applied.size(), 2u);
  EXPECT_EQ(r.rounds, 2u);
  EXPECT_EQ(fix_to_fixed_point(r.text, toy).text, r.text);
}

TEST(FixEngine, StopsAtTheBound) {
  Options one;
  one.max_rounds = 1;
  Result r = fix_to_fixed_point("z v\n", toy, one);
  EXPECT_EQ(r.applied.size(), 1u);
  EXPECT_FALSE(r.converged);
}

// `fix` without --unsafe-fixes, or with --select: fixes not accepted are never tried, and the
// text keeps their findings.
TEST(FixEngine, TriesOnlyTheFixesAccepted) {
  Options only_x;
  only_x.accept = [](const core::Finding& f) { return f.rule_id == "X"; };
  Result r = fix_to_fixed_point("x z x\n", toy, only_x);
  EXPECT_EQ(r.text, "y z y\n");
  EXPECT_EQ(r.applied.size(), 2u);
  EXPECT_TRUE(r.refused.empty());
  ASSERT_EQ(r.checked.findings.size(), 1u);
  EXPECT_EQ(r.checked.findings[0].rule_id, "Z");
  Options none;
  none.accept = [](const core::Finding&) { return false; };
  Result untouched = fix_to_fixed_point("x z\n", toy, none);
  EXPECT_EQ(untouched.text, "x z\n");
  EXPECT_EQ(untouched.rounds, 0u);
}

TEST(FixEngine, RefusesAFixThatLeavesItsFinding) {
  Checker stubborn = [](std::string_view text) {
    Check c;
    core::Finding f;
    f.rule_id = "S";
    f.fix = core::Fix{"append", {{{static_cast<uint32_t>(text.size()), static_cast<uint32_t>(text.size())}, "."}}};
    c.findings.push_back(f);
    return c;
  };
  Result r = fix_to_fixed_point("a", stubborn);
  EXPECT_EQ(r.text, "a");
  ASSERT_EQ(r.refused.size(), 1u);
  EXPECT_EQ(r.refused[0].reason, "the result still has the finding");
  EXPECT_TRUE(r.converged);
}

// Checks made and bytes checked while fixing `n` good fixes (`x`) and three bad ones (`q`): a
// round checks its fixes together and only the groups holding a bad one are halved, so
// doubling the file doubles the bytes. (Each refused fix costs about log2(n) checks.)
std::pair<std::size_t, std::size_t> cost_of_fixing(std::size_t n) {
  std::string text;
  for (std::size_t i = 0; i < n; ++i) text += i == 7 || i == n / 2 || i == n - 3 ? "q\n" : "x\n";
  std::size_t checks = 0, bytes = 0;
  Checker counted = [&](std::string_view t) {
    ++checks;
    bytes += t.size();
    return toy(t);
  };
  Result r = fix_to_fixed_point(text, counted);
  EXPECT_EQ(r.applied.size(), n - 3);
  EXPECT_EQ(r.refused.size(), 3u);
  EXPECT_EQ(r.text.find('x'), std::string::npos);
  return {checks, bytes};
}

TEST(FixEngine, ARoundChecksItsFixesTogether) {
  auto [small_checks, small_bytes] = cost_of_fixing(2000);
  auto [large_checks, large_bytes] = cost_of_fixing(4000);
  EXPECT_LT(small_checks, 100u);  // far fewer checks than fixes
  EXPECT_LT(large_bytes, 3 * small_bytes);
}

TEST(FixEngine, AGroupThatFailsIsSplitUntilTheBadFixIsFound) {
  Result r = fix_to_fixed_point("x x q x w x\n", toy);
  EXPECT_EQ(r.text, "y y q y w y\n");
  EXPECT_EQ(r.applied.size(), 4u);
  ASSERT_EQ(r.refused.size(), 2u);
  std::set<std::string> refused{r.refused[0].rule_id, r.refused[1].rule_id};
  EXPECT_EQ(refused, (std::set<std::string>{"Q", "W"}));
}

}  // namespace
}  // namespace plimsoll::fix
