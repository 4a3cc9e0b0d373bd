#include "envfile/template.h"

#include <gtest/gtest.h>

#include <map>

namespace plimsoll::envfile {
namespace {

// The fixture compose-go's own tests use: FOO=first, BAR set but empty, JSON holds braces.
Lookup fixture() {
  static const std::map<std::string, std::string, std::less<>> vars = {
      {"FOO", "first"}, {"BAR", ""}, {"JSON", "{\"json\":2}"}};
  return [](std::string_view name) -> std::optional<std::string> {
    auto it = vars.find(name);
    if (it == vars.end()) return std::nullopt;
    return it->second;
  };
}

std::string sub(std::string_view text) {
  Substitution s = substitute(text, fixture());
  return s.error ? "ERROR: " + *s.error : s.value;
}

TEST(Template, PlainAndBracedReferences) {
  EXPECT_EQ(sub("$FOO"), "first");
  EXPECT_EQ(sub("${FOO}"), "first");
  EXPECT_EQ(sub("x${FOO}y$FOO-bar"), "xfirstyfirst-bar");  // $FOO-bar is $FOO then -bar
  EXPECT_EQ(sub("$UNSET"), "");
  EXPECT_EQ(sub("${foo}"), "");  // names are case-sensitive
}

TEST(Template, EscapesAndLoneDollars) {
  EXPECT_EQ(sub("$$FOO"), "$FOO");
  EXPECT_EQ(sub("$${FOO}"), "${FOO}");
  EXPECT_EQ(sub("a $ b"), "a $ b");
  EXPECT_EQ(sub("^REGEX$"), "^REGEX$");
  EXPECT_EQ(sub("$}"), "$}");
  EXPECT_EQ(sub("$$$$"), "$$");
}

TEST(Template, InvalidTemplates) {
  for (std::string_view bad : {"${", "${}", "${ }", "${ foo}", "${foo }", "${foo!}", "${FOO:}", "${1A}"}) {
    Substitution s = substitute(bad, fixture());
    ASSERT_TRUE(s.error.has_value()) << bad;
    EXPECT_EQ(*s.error, "Invalid template: \"" + std::string(bad) + "\"") << bad;
  }
}

TEST(Template, Defaults) {
  EXPECT_EQ(sub("${UNSET:-default}"), "default");
  EXPECT_EQ(sub("${BAR:-default}"), "default");  // empty counts for :-
  EXPECT_EQ(sub("${BAR-default}"), "");          // but not for -
  EXPECT_EQ(sub("${UNSET-default}"), "default");
  EXPECT_EQ(sub("${FOO:-default}"), "first");
  EXPECT_EQ(sub("${UNSET:-}"), "");
  EXPECT_EQ(sub("${UNSET:-a b c}"), "a b c");
}

TEST(Template, NestedDefaultsAndBracesInDefaults) {
  EXPECT_EQ(sub("${UNSET:-${FOO}}"), "first");
  EXPECT_EQ(sub("${A:-${B:-${C:-x}}}"), "x");
  EXPECT_EQ(sub("${A:-${FOO:-x}_test_${B:-y}}"), "first_test_y");
  EXPECT_EQ(sub("${UNSET:-{\"json\":1}}"), "{\"json\":1}");
  // The first `}` closes the reference and the rest is plain text, as in compose: a JSON
  // default "works" because its last brace is appended after the default.
  EXPECT_EQ(sub("${JSON:-{}}"), "{\"json\":2}}");
  EXPECT_EQ(sub("${UNSET:-$FOO}tail"), "firsttail");
}

TEST(Template, RequiredVariables) {
  EXPECT_EQ(sub("${FOO:?must be set}"), "first");
  EXPECT_EQ(sub("${UNSET:?must be set}"), "ERROR: required variable UNSET is missing a value: must be set");
  EXPECT_EQ(sub("${BAR:?empty}"), "ERROR: required variable BAR is missing a value: empty");
  EXPECT_EQ(sub("${BAR?unset}"), "");
  EXPECT_EQ(sub("${UNSET?unset}"), "ERROR: required variable UNSET is missing a value: unset");
  EXPECT_EQ(sub("${UNSET:?${FOO}-x}"), "ERROR: required variable UNSET is missing a value: first-x");
  EXPECT_EQ(sub("${UNSET:-${NESTED:?inner}}"), "ERROR: required variable NESTED is missing a value: inner");
  // An argument is expanded only when its operator uses it.
  EXPECT_EQ(sub("${FOO:-${NESTED:?inner}}"), "first");
  EXPECT_EQ(sub("${BAR:+${NESTED:?inner}}"), "");
  EXPECT_EQ(sub("${FOO:?${NESTED:?inner}}"), "first");
  EXPECT_EQ(sub("${UNSET-${NESTED?inner}}"), "ERROR: required variable NESTED is missing a value: inner");
}

TEST(Template, TheFirstOperatorAfterTheNameDecides) {
  EXPECT_EQ(sub("${UNSET-a?b}"), "a?b");
  EXPECT_EQ(sub("${UNSET:-a:?b}"), "a:?b");
  EXPECT_EQ(sub("x-y ${UNSET?must-be-set}"), "ERROR: required variable UNSET is missing a value: must-be-set");
  EXPECT_EQ(sub("${FOO?x-y}"), "first");
}

TEST(Template, Alternates) {
  EXPECT_EQ(sub("${FOO:+alt}"), "alt");
  EXPECT_EQ(sub("${BAR:+alt}"), "");
  EXPECT_EQ(sub("${BAR+alt}"), "alt");
  EXPECT_EQ(sub("${UNSET+alt}"), "");
  EXPECT_EQ(sub("${FOO:+${JSON}}"), "{\"json\":2}");
}

TEST(Template, UnsetVariablesAreReportedOnlyWhereTheyMatter) {
  Substitution s = substitute("$A ${B} ${C:-x} ${FOO:-$D} ${UNSET:-$E} ${FOO:+$F} $$G", fixture());
  EXPECT_EQ(s.unset, (std::vector<std::string>{"A", "B", "E", "F"}));
}

TEST(Template, VariablesInTextWithOffsets) {
  std::string text = "a $X ${Y:-${Z}} ${W:?m} $$V";
  auto uses = variables_in(text);
  ASSERT_EQ(uses.size(), 4u);
  EXPECT_EQ(uses[0].name, "X");
  EXPECT_EQ(text.substr(uses[0].begin, uses[0].end - uses[0].begin), "$X");
  EXPECT_EQ(uses[1].name, "Y");
  EXPECT_EQ(uses[1].op, Operator::kDefaultIfEmpty);
  EXPECT_EQ(uses[1].argument, "${Z}");
  EXPECT_EQ(uses[2].name, "Z");
  EXPECT_EQ(text.substr(uses[2].begin, uses[2].end - uses[2].begin), "${Z}");
  EXPECT_EQ(uses[3].name, "W");
  EXPECT_EQ(uses[3].op, Operator::kErrorIfEmpty);
}

TEST(Template, DeepNestingIsAnErrorNotACrash) {
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "${A:-";
  deep += "x";
  for (int i = 0; i < 5000; ++i) deep += "}";
  Substitution s = substitute(deep, fixture());
  EXPECT_TRUE(s.error.has_value());
  EXPECT_LE(variables_in(deep).size(), 70u);
}

}  // namespace
}  // namespace plimsoll::envfile
