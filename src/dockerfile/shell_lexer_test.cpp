#include "dockerfile/shell_lexer.h"

#include <gtest/gtest.h>

namespace plimsoll::dockerfile {
namespace {

TEST(ShellLexer, ExpandsAndRecordsUsedAndUnsetNames) {
  MapEnvironment env;
  env.set("A", "1");
  Expansion e = ShellLexer().process_word("$A-${B:-two}", env);
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e.words.at(0), "1-two");
  EXPECT_EQ(e.used, std::vector<std::string>{"A"});
  EXPECT_EQ(e.unset, std::vector<std::string>{"B"});
}

TEST(ShellLexer, BacktickEscapeLeavesBackslashAlone) {
  MapEnvironment env;
  LexerOptions options;
  options.escape = '`';
  EXPECT_EQ(ShellLexer(options).process_word("C:\\go`$x", env).words.at(0), "C:\\go$x");
}

TEST(ShellLexer, SkipUnsetEnvKeepsReferencesAsWritten) {
  MapEnvironment env;
  LexerOptions options;
  options.skip_unset_env = true;
  EXPECT_EQ(ShellLexer(options).process_word("$X ${Y} ${Z:-d}", env).words.at(0), "$X ${Y} ${Z:-d}");
}

TEST(ShellLexer, KeepsBlanksAfterHeredocMarkerInOneWord) {
  MapEnvironment env;
  LexerOptions options;
  options.raw_quotes = options.raw_escapes = true;
  Expansion e = ShellLexer(options).process_words("RUN <<  EOF cat", env);
  EXPECT_EQ(e.words, (std::vector<std::string>{"RUN", "<<  EOF", "cat"}));
}

TEST(ShellLexer, SplitsAnExpandedValueAtAsciiAndUnicodeSpaces) {
  MapEnvironment env;
  // A tab, a vertical tab, a no-break space (U+00A0) and an ideographic space (U+3000) each end
  // a word; é and 日本 are letters and stay in theirs.
  env.set("V", "a-b\tcé\vd\u00a0日本\u3000 e");
  Expansion e = ShellLexer().process_words("x$V y", env);
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e.words, (std::vector<std::string>{"xa-b", "cé", "d", "日本", "e", "y"}));
}

TEST(ShellLexer, PatternModifiers) {
  MapEnvironment env;
  env.set("V", "a/b/c.tar.gz");
  ShellLexer lexer;
  EXPECT_EQ(lexer.process_word("${V#*/}", env).words.at(0), "b/c.tar.gz");
  EXPECT_EQ(lexer.process_word("${V##*/}", env).words.at(0), "c.tar.gz");
  EXPECT_EQ(lexer.process_word("${V%.*}", env).words.at(0), "a/b/c.tar");
  EXPECT_EQ(lexer.process_word("${V%%.*}", env).words.at(0), "a/b/c");
  EXPECT_EQ(lexer.process_word("${V//\\//-}", env).words.at(0), "a-b-c.tar.gz");
  EXPECT_FALSE(lexer.process_word("${V:#x}", env).ok());
}

TEST(ShellLexer, ReportsErrors) {
  MapEnvironment env;
  ShellLexer lexer;
  EXPECT_FALSE(lexer.process_word("'open", env).ok());
  EXPECT_FALSE(lexer.process_word("${}", env).ok());
  EXPECT_FALSE(lexer.process_word("${X", env).ok());
  EXPECT_EQ(lexer.process_word("${X?}", env).error, "X: is not allowed to be unset");
}

}  // namespace
}  // namespace plimsoll::dockerfile
