// BuildKit's shell-lexer tables (frontend/dockerfile/shell/envVarTest and wordsTest), read in
// place: every Unix row must expand exactly as BuildKit does.
#include <gtest/gtest.h>

#include "conformance_data.h"
#include "dockerfile/shell_lexer.h"
#include "util/text.h"

namespace plimsoll::dockerfile {
namespace {

struct ShellCase {
  int line = 0;
  std::string input;
  std::string expected;  // "error" means must fail
  std::vector<std::pair<std::string, std::string>> env;
};

void PrintTo(const ShellCase& c, std::ostream* os) { *os << "line " << c.line; }

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (;;) {
    std::size_t at = s.find(sep, start);
    parts.push_back(s.substr(start, at == std::string::npos ? std::string::npos : at - start));
    if (at == std::string::npos) return parts;
    start = at + 1;
  }
}

std::vector<ShellCase> env_var_cases() {
  std::vector<ShellCase> cases;
  int number = 0;
  for (const std::string& raw : conformance::read_lines("buildkit-shell/envVarTest")) {
    ++number;
    std::string_view line = util::trim_ascii_space(raw);
    if (line.empty() || line[0] == '#') continue;
    auto fields = split(std::string(line), '|');
    if (fields.size() != 3) continue;
    std::string platform(util::trim_ascii_space(fields[0]));
    if (platform == "W") continue;  // Windows-only rows
    cases.push_back({number, std::string(util::trim_ascii_space(fields[1])),
                     std::string(util::trim_ascii_space(fields[2])),
                     {{"PWD", "/home"}, {"SHELL", "bash"}, {"KOREAN", "\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4"}, {"NULL", ""}}});
  }
  return cases;
}

std::vector<ShellCase> words_cases() {
  std::vector<ShellCase> cases;
  std::vector<std::pair<std::string, std::string>> env;
  int number = 0;
  for (const std::string& raw : conformance::read_lines("buildkit-shell/wordsTest")) {
    ++number;
    if (raw.empty() || raw[0] == '#') continue;
    if (raw.rfind("ENV ", 0) == 0) {
      std::string rest(util::trim_left_ascii_space(std::string_view(raw).substr(4)));
      std::size_t eq = rest.find('=');
      env.emplace_back(rest.substr(0, eq), eq == std::string::npos ? "" : rest.substr(eq + 1));
      continue;
    }
    auto fields = split(raw, '|');
    if (fields.size() != 2) continue;
    cases.push_back({number, std::string(util::trim_ascii_space(fields[0])),
                     std::string(util::trim_left_ascii_space(fields[1])), env});
  }
  return cases;
}

MapEnvironment make_env(const ShellCase& c) {
  MapEnvironment env;
  for (const auto& [k, v] : c.env) env.set(k, v);
  return env;
}

std::string case_name(const testing::TestParamInfo<ShellCase>& info) {
  return "line" + std::to_string(info.param.line);
}

class EnvVarTest : public testing::TestWithParam<ShellCase> {};

TEST_P(EnvVarTest, ExpandsLikeBuildKit) {
  const ShellCase& c = GetParam();
  Expansion e = ShellLexer().process_word(c.input, make_env(c));
  if (c.expected == "error") {
    EXPECT_FALSE(e.ok()) << c.input << " gave " << (e.words.empty() ? "" : e.words[0]);
  } else {
    ASSERT_TRUE(e.ok()) << c.input << ": " << e.error;
    EXPECT_EQ(e.words.at(0), c.expected) << c.input;
  }
}

INSTANTIATE_TEST_SUITE_P(BuildKitShell, EnvVarTest, testing::ValuesIn(env_var_cases()), case_name);

class WordsTest : public testing::TestWithParam<ShellCase> {};

TEST_P(WordsTest, SplitsLikeBuildKit) {
  const ShellCase& c = GetParam();
  Expansion e = ShellLexer().process_words(c.input, make_env(c));
  if (c.expected == "error") {
    EXPECT_FALSE(e.ok()) << c.input;
  } else {
    ASSERT_TRUE(e.ok()) << c.input << ": " << e.error;
    EXPECT_EQ(e.words, split(c.expected, ',')) << c.input;
  }
}

INSTANTIATE_TEST_SUITE_P(BuildKitShell, WordsTest, testing::ValuesIn(words_cases()), case_name);

TEST(BuildKitShellData, HasAllRows) {
  EXPECT_EQ(env_var_cases().size(), 228u);  // 226 all-platform rows + 2 Unix rows
  EXPECT_EQ(words_cases().size(), 24u);
}

}  // namespace
}  // namespace plimsoll::dockerfile
