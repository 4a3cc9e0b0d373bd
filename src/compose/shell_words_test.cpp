#include "compose/shell_words.h"

#include <gtest/gtest.h>

namespace plimsoll::compose {
namespace {

std::vector<std::string> words(std::string_view text) {
  auto result = split_shell_words(text);
  EXPECT_TRUE(result.has_value()) << text;
  return result ? *result : std::vector<std::string>{};
}

TEST(ShellWords, SplitsAtBlanksAndRemovesQuotes) {
  EXPECT_EQ(words("  python  -m   app "), (std::vector<std::string>{"python", "-m", "app"}));
  EXPECT_EQ(words(R"(sh -c 'echo "$HOME" && exit 1')"),
            (std::vector<std::string>{"sh", "-c", R"(echo "$HOME" && exit 1)"}));
  EXPECT_EQ(words(R"(echo "a \"b\" \$c \d")"), (std::vector<std::string>{"echo", R"(a "b" $c \d)"}));
  EXPECT_EQ(words(R"(a\ b c)"), (std::vector<std::string>{"a b", "c"}));
  EXPECT_EQ(words("x'y'\"z\""), (std::vector<std::string>{"xyz"}));
}

TEST(ShellWords, KeepsEmptyQuotedWordsAndNothingElse) {
  EXPECT_EQ(words("run '' \"\""), (std::vector<std::string>{"run", "", ""}));
  EXPECT_TRUE(words("").empty());
  EXPECT_TRUE(words(" \t\n").empty());
}

TEST(ShellWords, LeavesVariablesAndOperatorsAsText) {
  EXPECT_EQ(words("echo $PORT; ls *.py | wc"), (std::vector<std::string>{"echo", "$PORT;", "ls", "*.py", "|", "wc"}));
}

TEST(ShellWords, RefusesAnUnterminatedQuote) {
  EXPECT_FALSE(split_shell_words("echo 'open").has_value());
  EXPECT_FALSE(split_shell_words("echo \"open \\\"").has_value());
}

}  // namespace
}  // namespace plimsoll::compose
