#include "init/version_requirement.h"

#include <gtest/gtest.h>

namespace plimsoll::init {
namespace {

Version v(long a, long b = 0, long c = 0) { return Version{{a, b, c}}; }

VersionMatcher parsed(const std::string& text, VersionGrammar g) {
  auto m = VersionMatcher::parse({text, g, "test"});
  EXPECT_TRUE(m) << text << ": " << (m ? "" : m.error().message);
  return m ? *m : *VersionMatcher::parse({"0", VersionGrammar::kMinimum, "test"});
}

bool pep(const std::string& text, Version version) { return parsed(text, VersionGrammar::kPep440).matches(version); }
bool npm(const std::string& text, Version version) { return parsed(text, VersionGrammar::kNpm).matches(version); }

TEST(VersionRequirement, LeadingVersionOfTagsAndToolchains) {
  EXPECT_EQ(leading_version("3.12.8-slim-bookworm"), v(3, 12, 8));
  EXPECT_EQ(leading_version("go1.23.4"), v(1, 23, 4));
  EXPECT_EQ(leading_version("v20.11.0"), v(20, 11, 0));
  EXPECT_EQ(leading_version("22"), v(22));
  EXPECT_FALSE(leading_version("lts/iron"));
  EXPECT_FALSE(leading_version("default"));
}

TEST(VersionRequirement, Pep440LowerAndUpperBounds) {
  EXPECT_TRUE(pep(">=3.11", v(3, 13, 1)));
  EXPECT_FALSE(pep(">=3.11", v(3, 10, 16)));
  EXPECT_TRUE(pep(">=3.10, <3.13", v(3, 12, 8)));
  EXPECT_FALSE(pep(">=3.10,<3.13", v(3, 13, 1)));
  EXPECT_TRUE(pep("<3.13", v(3, 12, 8)));
  // `<=3.12` is `<=3.12.0` in PEP 440: 3.12.8 is past it.
  EXPECT_FALSE(pep("<=3.12", v(3, 12, 8)));
  EXPECT_TRUE(pep(">3.11", v(3, 11, 1)));
  EXPECT_FALSE(pep(">3.11", v(3, 11, 0)));
}

TEST(VersionRequirement, Pep440CompatibleExactAndExcluded) {
  EXPECT_TRUE(pep("~=3.11", v(3, 13, 1)));  // >=3.11, ==3.*
  EXPECT_FALSE(pep("~=3.11", v(4, 0, 0)));
  EXPECT_TRUE(pep("~=3.11.2", v(3, 11, 11)));
  EXPECT_FALSE(pep("~=3.11.2", v(3, 12, 8)));
  EXPECT_TRUE(pep("==3.11.*", v(3, 11, 11)));
  EXPECT_FALSE(pep("==3.11.*", v(3, 12, 8)));
  EXPECT_FALSE(pep("==3.11", v(3, 11, 11)));  // 3.11.0 exactly
  EXPECT_TRUE(pep("==3.11.11", v(3, 11, 11)));
  EXPECT_FALSE(pep(">=3.11,!=3.13.*", v(3, 13, 1)));
  EXPECT_TRUE(pep(">=3.11,!=3.13.*", v(3, 12, 8)));
  // Poetry's caret and tilde, and a Pipfile's bare python_version.
  EXPECT_TRUE(pep("^3.11", v(3, 13, 1)));
  EXPECT_FALSE(pep("^3.11", v(4, 0, 0)));
  EXPECT_FALSE(pep("~3.11", v(3, 12, 8)));
  EXPECT_TRUE(pep("3.11", v(3, 11, 11)));
  EXPECT_FALSE(pep("3.11", v(3, 12, 8)));
  EXPECT_TRUE(pep(">=3.9,<3.11 || >=3.12", v(3, 12, 8)));
  EXPECT_FALSE(pep(">=3.9,<3.11 || >=3.13", v(3, 12, 8)));
}

TEST(VersionRequirement, NpmRanges) {
  EXPECT_TRUE(npm("^20", v(20, 18, 1)));
  EXPECT_FALSE(npm("^20", v(22, 12, 0)));
  EXPECT_TRUE(npm("20.x", v(20, 18, 1)));
  EXPECT_TRUE(npm(">=18 <21", v(20, 18, 1)));
  EXPECT_FALSE(npm(">=18 <21", v(22, 12, 0)));
  EXPECT_TRUE(npm("18 || 20", v(20, 18, 1)));
  EXPECT_FALSE(npm("18 || 20", v(22, 12, 0)));
  EXPECT_TRUE(npm("18 - 20", v(20, 18, 1)));  // the upper end includes its series
  EXPECT_FALSE(npm("18 - 20", v(21, 0, 0)));
  EXPECT_TRUE(npm("<=20", v(20, 18, 1)));  // npm: a partial upper bound includes its series
  EXPECT_FALSE(npm(">20", v(20, 18, 1)));  // and a partial lower one excludes it
  EXPECT_TRUE(npm("~20.1", v(20, 1, 9)));
  EXPECT_FALSE(npm("~20.1", v(20, 2, 0)));
  EXPECT_TRUE(npm("^0.2.3", v(0, 2, 9)));
  EXPECT_FALSE(npm("^0.2.3", v(0, 3, 0)));
  EXPECT_TRUE(npm("*", v(22, 12, 0)));
  EXPECT_TRUE(npm("v22.12.0", v(22, 12, 0)));
}

TEST(VersionRequirement, MinimumsAndSeries) {
  auto go = parsed("1.22", VersionGrammar::kMinimum);
  EXPECT_TRUE(go.matches(v(1, 23, 4)));
  EXPECT_FALSE(go.matches(v(1, 21, 13)));
  // The official Go images refuse an older toolchain: 1.23.5 is not met by 1.23.4.
  EXPECT_FALSE(parsed("1.23.5", VersionGrammar::kMinimum).matches(v(1, 23, 4)));
  EXPECT_TRUE(parsed("go1.23.4", VersionGrammar::kMinimum).matches(v(1, 23, 4)));
  auto series = parsed("3.12", VersionGrammar::kSeries);
  EXPECT_TRUE(series.matches(v(3, 12, 8)));
  EXPECT_FALSE(series.matches(v(3, 13, 1)));
}

TEST(VersionRequirement, FloorIsTheLowestAdmittedRelease) {
  EXPECT_EQ(parsed(">=3.14", VersionGrammar::kPep440).floor(), v(3, 14));
  EXPECT_EQ(parsed(">=3.10,>=3.12.2,<4", VersionGrammar::kPep440).floor(), v(3, 12, 2));
  EXPECT_FALSE(parsed("<3.10", VersionGrammar::kPep440).floor());
  EXPECT_EQ(parsed("^24", VersionGrammar::kNpm).floor(), v(24));
}

TEST(VersionRequirement, WhatIsNoRangeIsAnErrorNamingIt) {
  for (const char* text : {"", "lts/*", ">=", "~=3", "3.x.1 garbage!", "18 -", ">=3.*", "99999999999.1"}) {
    auto m = VersionMatcher::parse({text, VersionGrammar::kPep440, "requires-python"});
    EXPECT_FALSE(m) << text;
    if (!m) {
      EXPECT_NE(m.error().message.find("requires-python"), std::string::npos);
    }
  }
  EXPECT_FALSE(VersionMatcher::parse({std::string(300, '1'), VersionGrammar::kNpm, "engines.node"}));
  EXPECT_FALSE(VersionMatcher::parse({"latest", VersionGrammar::kMinimum, "rust-version"}));
}

}  // namespace
}  // namespace plimsoll::init
