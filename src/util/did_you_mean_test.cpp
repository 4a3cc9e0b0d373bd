#include "util/did_you_mean.h"

#include <gtest/gtest.h>

namespace plimsoll::util {
namespace {

TEST(DidYouMean, TheNearestWordWithinAFewEdits) {
  std::vector<std::string> commands = {"check", "fix", "image", "init", "lsp", "config", "rules", "explain", "debug"};
  EXPECT_EQ(nearest("chek", commands), "check");
  EXPECT_EQ(nearest("CHECK", commands), "check");
  EXPECT_EQ(nearest("ckeck", commands), "check");
  EXPECT_EQ(nearest("cehck", commands), "check");  // two neighbours swapped: one edit
  EXPECT_EQ(nearest("explian", commands), "explain");
  EXPECT_EQ(nearest("imgae", commands), "image");
  EXPECT_EQ(nearest("frobnicate", commands), "");
  EXPECT_EQ(nearest("x", commands), "");
  EXPECT_EQ(nearest("DF0004", {"DF004", "DF040", "DC004"}), "DF004");
  EXPECT_EQ(nearest("", commands), "");
  EXPECT_EQ(nearest(std::string(10000, 'a'), commands), "");  // long input stays cheap
}

TEST(DidYouMean, PhrasesTheSuggestion) {
  EXPECT_EQ(did_you_mean("--formt", {"--format", "--fail-on"}), " (did you mean `--format`?)");
  EXPECT_EQ(did_you_mean("--zzz", {"--format"}), "");
}

}  // namespace
}  // namespace plimsoll::util
