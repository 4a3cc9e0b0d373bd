#include "envfile/parser.h"

#include <gtest/gtest.h>

#include <map>

namespace plimsoll::envfile {
namespace {

std::string value_of(std::string_view text, std::string_view key, const Lookup& lookup = {}) {
  EnvFile file = parse_env_file(text, lookup);
  const EnvEntry* entry = file.find(key);
  return entry == nullptr ? "<missing>" : entry->value;
}

std::vector<std::string> errors_of(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& d : parse_env_file(text).diagnostics) out.push_back(d.message);
  return out;
}

TEST(EnvFile, PlainAssignmentsAndSeparators) {
  EXPECT_EQ(value_of("A=1", "A"), "1");
  EXPECT_EQ(value_of("A = 1 ", "A"), "1");
  EXPECT_EQ(value_of("A: 1", "A"), "1");
  EXPECT_EQ(value_of("export A=1", "A"), "1");
  EXPECT_EQ(value_of("exportA=1", "exportA"), "1");
  EXPECT_EQ(value_of("export_A=1", "export_A"), "1");
  EXPECT_EQ(value_of("A=", "A"), "");
  EXPECT_EQ(value_of("a.b-c[0]=x", "a.b-c[0]"), "x");
  EXPECT_EQ(value_of("\xEF\xBB\xBF" "A=bom", "A"), "bom");
  EXPECT_EQ(value_of("A=1\nA=2", "A"), "2");
}

TEST(EnvFile, CommentsAndBlankLines) {
  EnvFile file = parse_env_file("# comment\n\n   \n  # indented\nA=1 # trailing\nB=x#y\nC=#notcomment\n");
  EXPECT_TRUE(file.diagnostics.empty());
  ASSERT_EQ(file.entries.size(), 3u);
  EXPECT_EQ(file.find("A")->value, "1");
  EXPECT_EQ(file.find("B")->value, "x#y");
  EXPECT_EQ(file.find("C")->value, "#notcomment");
}

TEST(EnvFile, UnquotedValuesKeepBackslashes) {
  EXPECT_EQ(value_of("A=a\\tb", "A"), "a\\tb");
  EXPECT_EQ(value_of("A=a b  c  ", "A"), "a b  c");
}

TEST(EnvFile, SingleQuotesAreLiteralAndMayspanLines) {
  EXPECT_EQ(value_of("A='$FOO \\n'", "A"), "$FOO \\n");
  EXPECT_EQ(value_of("A='it\\'s'", "A"), "it's");
  EXPECT_EQ(value_of("A='line1\nline2'\nB=2", "A"), "line1\nline2");
  EXPECT_EQ(value_of("A='line1\nline2'\nB=2", "B"), "2");
  EXPECT_EQ(value_of("A=' spaced ' # c", "A"), " spaced ");
}

TEST(EnvFile, DoubleQuotesExpandEscapesAndVariables) {
  EXPECT_EQ(value_of("A=\"a\\nb\\tc\\\\d\\\"e\"", "A"), "a\nb\tc\\d\"e");
  EXPECT_EQ(value_of("A=\"\\x41\\u0041\"", "A"), "\\x41\\u0041");  // not expanded
  EXPECT_EQ(value_of("A=\"\\0101\"", "A"), "A");                    // octal
  EXPECT_EQ(value_of("B=hi\nA=\"$B \\$B\"", "A"), "hi $B");
  EXPECT_EQ(value_of("A=\"multi\nline\"", "A"), "multi\nline");
}

TEST(EnvFile, InterpolationSeesEarlierKeysAndTheLookupFirst) {
  Lookup os = [](std::string_view name) -> std::optional<std::string> {
    if (name == "HOST") return std::string("from-os");
    return std::nullopt;
  };
  EXPECT_EQ(value_of("HOST=file\nURL=http://${HOST}:${PORT:-80}", "URL", os), "http://from-os:80");
  EXPECT_EQ(value_of("HOST=file\nURL=http://${HOST}", "URL"), "http://file");
  EXPECT_EQ(value_of("URL=$LATER\nLATER=x", "URL"), "");
}

TEST(EnvFile, InheritedKeys) {
  Lookup os = [](std::string_view name) -> std::optional<std::string> {
    if (name == "TERM") return std::string("xterm");
    return std::nullopt;
  };
  EnvFile file = parse_env_file("TERM\nMISSING\n", os);
  ASSERT_EQ(file.entries.size(), 2u);
  EXPECT_TRUE(file.entries[0].inherited);
  EXPECT_EQ(file.entries[0].value, "xterm");
  EXPECT_TRUE(file.entries[1].inherited);
}

TEST(EnvFile, ErrorsAreReportedAndParsingGoesOn) {
  EnvFile file = parse_env_file("GOOD=1\nBAD KEY=2\nA$B=3\nQ=\"open\nNEXT=4\n");
  ASSERT_EQ(file.diagnostics.size(), 3u);
  EXPECT_EQ(file.diagnostics[0].message, "a variable name cannot contain a space");
  EXPECT_EQ(file.diagnostics[0].span.begin, 11u);
  EXPECT_EQ(file.diagnostics[1].message, "unexpected character \"$\" in variable name");
  EXPECT_EQ(file.diagnostics[2].message, "unterminated quoted value");
  EXPECT_EQ(file.find("GOOD")->value, "1");
  EXPECT_EQ(file.find("NEXT")->value, "4");
  EXPECT_EQ(errors_of("=x"), (std::vector<std::string>{"missing variable name before the separator"}));
  EXPECT_EQ(errors_of("A=${B"), (std::vector<std::string>{"Invalid template: \"${B\""}));
  EXPECT_EQ(errors_of("A=${B:?need B}"), (std::vector<std::string>{"required variable B is missing a value: need B"}));
}

TEST(EnvFile, TextAfterAClosingQuoteIsAWarning) {
  EnvFile file = parse_env_file("A=\"x\" y=1\n");
  ASSERT_EQ(file.diagnostics.size(), 1u);
  EXPECT_EQ(file.diagnostics[0].severity, core::Severity::kWarning);
}

TEST(EnvFile, SpansPointAtKeysAndValues) {
  std::string text = "export KEY = \"v\"  # c\nB=plain\n";
  EnvFile file = parse_env_file(text);
  ASSERT_EQ(file.entries.size(), 2u);
  const EnvEntry& a = file.entries[0];
  EXPECT_TRUE(a.exported);
  EXPECT_EQ(text.substr(a.key_span.begin, a.key_span.size()), "KEY");
  EXPECT_EQ(text.substr(a.value_span.begin, a.value_span.size()), "\"v\"");
  const EnvEntry& b = file.entries[1];
  EXPECT_EQ(text.substr(b.value_span.begin, b.value_span.size()), "plain");
}

}  // namespace
}  // namespace plimsoll::envfile
