#include "dockerignore/tiny_regex.h"

#include <gtest/gtest.h>

#include <string>

namespace plimsoll::dockerignore {
namespace {

bool full(const char* re, const char* text) {
  return TinyRegex::compile(re).matches(text);
}
TinyRegex::Status status(const char* re) {
  return TinyRegex::compile(re).status();
}

TEST(TinyRegex, GeneratedShapes) {
  EXPECT_TRUE(full("^(.*/)?dir2/[^/]*$", "a/b/dir2/x"));
  EXPECT_FALSE(full("^(.*/)?dir2/[^/]*$", "a/dir2/x/y"));
  EXPECT_TRUE(full("^a[^/]e$",
                   "a\xE2\x98\xBA"
                   "e"));              // one rune, not one byte
  EXPECT_FALSE(full("^.*$", "a\nb"));  // dot stops at newline, as in Go
  EXPECT_TRUE(full("^[^/]*$", "a\nb"));
  EXPECT_FALSE(full("^a^b$", "ab"));  // a raw caret is a start-of-text assertion
  EXPECT_TRUE(full("^[^/]*^a$", "a"));
}

TEST(TinyRegex, ClassesAndEscapes) {
  EXPECT_TRUE(full("^[\\]a]$", "]"));
  EXPECT_TRUE(full("^[[:alpha:]]$", "q"));
  EXPECT_FALSE(full("^[[:^alpha:]]$", "q"));
  EXPECT_TRUE(full("^\\d\\x41\\101\\t$", "7AA\t"));
  EXPECT_TRUE(full("^[a-ζ]$", "α"));
  EXPECT_TRUE(full("^\\Q*$", "*$x"));  // unterminated \Q swallows the anchor
  EXPECT_TRUE(full("^a\\b$", "a"));
  EXPECT_EQ(status("^[l-O]$"), TinyRegex::Status::kInvalid);
  EXPECT_EQ(status("^\\q$"), TinyRegex::Status::kInvalid);
  EXPECT_EQ(status("^\\1$"), TinyRegex::Status::kInvalid);
  EXPECT_EQ(status("^[[:foo:]]$"), TinyRegex::Status::kInvalid);
  EXPECT_EQ(status("^\\pL$"), TinyRegex::Status::kUnsupported);
  EXPECT_EQ(status("^a**$"), TinyRegex::Status::kInvalid);
}

TEST(TinyRegex, LinearOnPathologicalInput) {
  std::string re = "^";
  for (int i = 0; i < 60; ++i) re += "(.*/)?[^/]*a";
  re += "$";
  std::string text(2000, 'a');
  text += "b";
  EXPECT_FALSE(TinyRegex::compile(re).matches(text));  // would never finish with backtracking
}

TEST(TinyRegex, MayMatchLonger) {
  TinyRegex re = TinyRegex::compile("^(.*/)?[^/]*\\.go$");
  EXPECT_TRUE(re.may_match_longer("vendor/"));
  TinyRegex fixed = TinyRegex::compile("^keep/[^/]*$");
  EXPECT_TRUE(fixed.may_match_longer("keep/"));
  EXPECT_FALSE(fixed.may_match_longer("other/"));
}

}  // namespace
}  // namespace plimsoll::dockerignore
