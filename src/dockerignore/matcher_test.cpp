#include "dockerignore/matcher.h"

#include <gtest/gtest.h>

namespace plimsoll::dockerignore {
namespace {

bool excluded(std::vector<std::string> patterns, const char* path) {
  return Matcher(patterns).matches_or_parent_matches(path).excluded;
}

// The incremental walk must agree with the whole-path question on every prefix of `path`.
MatchResult walked(const Matcher& m, const std::string& path) {
  MatchInfo info;
  MatchResult r;
  for (std::size_t at = 0;;) {
    std::size_t slash = path.find('/', at);
    MatchInfo next;
    r = m.match_child(path.substr(0, slash), info, &next);
    if (slash == std::string::npos) return r;
    info = std::move(next);
    at = slash + 1;
  }
}

TEST(Matcher, LastHitWinsWithAncestors) {
  EXPECT_TRUE(excluded({"docs"}, "docs/README.md"));
  EXPECT_FALSE(excluded({"docs", "!docs/README.md"}, "docs/README.md"));
  EXPECT_TRUE(excluded({"**", "!keep", "keep/x"}, "keep/x/y"));
  EXPECT_FALSE(excluded({"a/b", "!a"}, "a/b/c"));  // `!a` re-includes via the ancestor
  EXPECT_FALSE(excluded({"!x", "y"}, "x"));
}

TEST(Matcher, IncrementalAgreesEvenWhereUpstreamsDoesNot) {
  // Upstream's MatchesUsingParentResults answers true here; the whole-path API says false.
  Matcher m({"a/b", "!a"});
  EXPECT_EQ(walked(m, "a/b/c"), m.matches_or_parent_matches("a/b/c"));
  for (const char* path : {"a", "a/b", "a/b/c", "x/a/b", "keep/x/y"}) {
    for (std::vector<std::string> ps : {std::vector<std::string>{"**", "!keep", "keep/x"},
                                        std::vector<std::string>{"*/b", "!**/c", "a"}}) {
      Matcher mm(ps);
      EXPECT_EQ(walked(mm, path), mm.matches_or_parent_matches(path)) << path;
    }
  }
}

TEST(Matcher, Errors) {
  Matcher lone({"x", "!"});
  EXPECT_FALSE(lone.ok());
  EXPECT_EQ(lone.matches_or_parent_matches("x").error, PatternError::kIllegalExclusion);
  Matcher bad({"[Local-Only]/"});
  EXPECT_TRUE(bad.ok());  // accepted, but every evaluation fails
  EXPECT_EQ(bad.matches_or_parent_matches("x").error, PatternError::kBadPattern);
  EXPECT_EQ(bad.matches_or_parent_matches("x").error, PatternError::kBadPattern);
  // Never evaluated, so never an error: an exception while nothing is excluded.
  EXPECT_EQ(Matcher({"!*[l-O]"}).matches_or_parent_matches("x").error, PatternError::kNone);
  Matcher dropped({"[", "a"}, true);
  EXPECT_FALSE(dropped.ok());
  EXPECT_EQ(dropped.problems().size(), 1u);
  EXPECT_TRUE(dropped.matches_or_parent_matches("a").excluded);
}

TEST(Matcher, CleaningCanEatTheBang) {
  Matcher m({"!../../a"});  // New cleans before looking at `!`
  ASSERT_EQ(m.patterns().size(), 1u);
  EXPECT_FALSE(m.patterns()[0].exclusion());
  EXPECT_EQ(m.patterns()[0].text(), "a");
}

TEST(Matcher, MayReincludeBelow) {
  auto check = [](std::vector<std::string> ps, const std::string& dir) {
    Matcher m(ps);
    MatchInfo info;
    EXPECT_TRUE(m.match_child(dir, MatchInfo{}, &info).excluded);
    return m.may_reinclude_below(dir, info);
  };
  EXPECT_FALSE(check({"node_modules"}, "node_modules"));
  EXPECT_TRUE(check({"node_modules", "!node_modules/keep"}, "node_modules"));
  EXPECT_FALSE(check({"node_modules", "!src/keep"}, "node_modules"));
  EXPECT_TRUE(check({"build", "!**/*.go"}, "build"));
  EXPECT_FALSE(check({"build", "!other/*.go"}, "build"));
  EXPECT_TRUE(check({"b**", "!bu*/x"}, "build"));
  EXPECT_FALSE(check({"!build/x", "build"}, "build"));  // the exception comes first: no effect
}

}  // namespace
}  // namespace plimsoll::dockerignore
