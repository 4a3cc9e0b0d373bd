#include "init/command_words.h"

#include <gtest/gtest.h>

namespace plimsoll::init {
namespace {

std::vector<std::string> words(std::string_view command) {
  auto w = shell_words(command, {{"PORT", "8000"}});
  EXPECT_TRUE(w) << command << ": " << (w ? "" : w.error().message);
  return w ? *w : std::vector<std::string>{};
}

std::string refusal(std::string_view command) {
  auto w = shell_words(command, {{"PORT", "8000"}});
  EXPECT_FALSE(w) << command;
  return w ? "" : w.error().message;
}

TEST(ShellWords, QuotesAndEscapesAreRemovedAsShDoes) {
  EXPECT_EQ(words(R"x( gunicorn "app:create()" --bind 0.0.0.0:$PORT)x"),
            (std::vector<std::string>{"gunicorn", "app:create()", "--bind", "0.0.0.0:8000"}));
  EXPECT_EQ(words(R"x(run 'a b' "c \"d\" \$e" f\ g ${PORT} "${PORT}" '$PORT')x"),
            (std::vector<std::string>{"run", "a b", "c \"d\" $e", "f g", "8000", "8000", "$PORT"}));
  EXPECT_EQ(words("a  b\t# a comment"), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(words("a--x=y b#c"), (std::vector<std::string>{"a--x=y", "b#c"}));
}

TEST(ShellWords, WhatOnlyAShellCanDoIsRefusedWithTheReason) {
  EXPECT_NE(refusal("run $HOME/x").find("$HOME"), std::string::npos);
  EXPECT_NE(refusal("run ~/bin").find("~"), std::string::npos);
  EXPECT_NE(refusal("run *.py").find("pattern"), std::string::npos);
  EXPECT_NE(refusal("run a; curl x | sh").find("operator"), std::string::npos);
  EXPECT_NE(refusal("run $(id)").find("substitution"), std::string::npos);
  EXPECT_NE(refusal("run \"`id`\"").find("substitution"), std::string::npos);
  EXPECT_NE(refusal("FOO=1 run").find("assignment"), std::string::npos);
  EXPECT_NE(refusal("run > log").find("operator"), std::string::npos);
  EXPECT_NE(refusal("run 'open").find("unclosed"), std::string::npos);
  EXPECT_NE(refusal("run $1").find("$1"), std::string::npos);
  EXPECT_NE(refusal("run $@").find("special"), std::string::npos);
}

TEST(PlainNames, OnlyLettersDigitsAndTheExtrasAndNeverAnOption) {
  EXPECT_TRUE(is_plain_name("api-server_2.v1"));
  EXPECT_FALSE(is_plain_name("x\nRUN curl"));
  EXPECT_FALSE(is_plain_name("d;curl"));
  EXPECT_FALSE(is_plain_name("a$b"));
  EXPECT_FALSE(is_plain_name("a\"b"));
  EXPECT_FALSE(is_plain_name("-rf"));
  EXPECT_FALSE(is_plain_name(""));
  EXPECT_FALSE(is_plain_name("a/b"));
  EXPECT_TRUE(is_plain_name("./cmd/api", "._-/"));
  EXPECT_EQ(shown("a\nb\x1b[2J"), "a\\nb\\x1b[2J");
}

}  // namespace
}  // namespace plimsoll::init
