// patternmatcher's test tables (shared/conformance/dockerignore), read in place: every match
// row through all three entry points, every compile row, and the ReadAll example.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "conformance_data.h"
#include "dockerignore/go_path.h"
#include "dockerignore/ignore_file.h"
#include "dockerignore/matcher.h"

namespace plimsoll::dockerignore {
namespace {

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

// gtest names allow only letters, digits and underscores.
std::string name_part(const std::string& s, std::size_t limit = 28) {
  std::string out;
  for (char c : s) {
    if (out.size() == limit) break;
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    out += keep ? c : '_';
  }
  return out.empty() ? "empty" : out;
}

struct MatchRow {
  int line = 0;
  std::vector<std::string> patterns;
  std::string raw_patterns, path, api, error, source;
  bool expected = false;
};
void PrintTo(const MatchRow& r, std::ostream* os) {
  *os << "line " << r.line << " [" << r.raw_patterns << "] " << r.path;
}

std::vector<MatchRow> match_rows() {
  std::vector<MatchRow> rows;
  auto lines = conformance::read_lines("dockerignore/cases.tsv");
  for (std::size_t i = 1; i < lines.size(); ++i) {
    auto f = split(lines[i], '\t');
    MatchRow r;
    r.line = static_cast<int>(i + 1);
    if (f.size() != 6) {
      r.source = "malformed row";  // surfaces as a failing test, never dropped
      rows.push_back(r);
      continue;
    }
    r.raw_patterns = f[0];
    if (!f[0].empty()) r.patterns = split(f[0], ';');
    r.path = f[1];
    r.expected = f[2] == "true";
    r.api = f[3];
    r.error = f[4];
    r.source = f[5];
    rows.push_back(r);
  }
  return rows;
}

// MatchesUsingParentResults as upstream's test drives it: each ancestor of filepath.Dir(path),
// then the path itself.
MatchResult incremental(const Matcher& m, const std::string& path) {
  MatchInfo info;
  std::string parent = dir_path(path);
  if (parent != ".") {
    for (std::size_t slash = parent.find('/');; slash = parent.find('/', slash + 1)) {
      MatchInfo next;
      MatchResult r = m.match_child(parent.substr(0, slash), info, &next);
      if (r.error != PatternError::kNone) return r;
      info = std::move(next);
      if (slash == std::string::npos) break;
    }
  }
  MatchInfo unused;
  return m.match_child(path, info, &unused);
}

class DockerignoreCases : public testing::TestWithParam<MatchRow> {};

TEST_P(DockerignoreCases, MatchesLikePatternmatcher) {
  const MatchRow& r = GetParam();
  ASSERT_NE(r.source, "malformed row");
  bool windows_only = r.source.find("Windows only") != std::string::npos &&
                      r.source.find("non-Windows") == std::string::npos;
  if (windows_only) GTEST_SKIP() << "Windows-only row; plimsoll models BuildKit on Unix";
  Matcher m(r.patterns);
  std::vector<std::pair<const char*, MatchResult>> answers = {
      {"MatchesOrParentMatches", m.matches_or_parent_matches(r.path)},
      {"incremental", incremental(m, r.path)},
  };
  if (r.api == "Matches") answers.emplace_back("Matches", m.matches_legacy(r.path));
  for (const auto& [api, got] : answers) {
    SCOPED_TRACE(api);
    if (r.error.empty()) {
      EXPECT_EQ(got.error, PatternError::kNone);
      EXPECT_EQ(got.excluded, r.expected);
    } else if (r.error == "ErrBadPattern") {
      EXPECT_EQ(got.error, PatternError::kBadPattern);
      EXPECT_FALSE(got.excluded);
    } else {
      EXPECT_NE(got.error, PatternError::kNone);
      EXPECT_FALSE(got.excluded);
    }
  }
  // The regression row: New accepts the pattern; only evaluating it fails.
  if (r.source.find("New succeeds") != std::string::npos) {
    EXPECT_TRUE(m.ok());
  }
}

std::string match_name(const testing::TestParamInfo<MatchRow>& info) {
  return "L" + std::to_string(info.param.line) + "_" + name_part(info.param.raw_patterns) + "__" +
         name_part(info.param.path, 16);
}

INSTANTIATE_TEST_SUITE_P(Patternmatcher, DockerignoreCases, testing::ValuesIn(match_rows()),
                         match_name);

struct CompileRow {
  int line = 0;
  std::string pattern, kind, slash_regex, backslash_regex;
};
void PrintTo(const CompileRow& r, std::ostream* os) {
  *os << "line " << r.line << " " << r.pattern;
}

std::vector<CompileRow> compile_rows() {
  std::vector<CompileRow> rows;
  auto lines = conformance::read_lines("dockerignore/compile.tsv");
  for (std::size_t i = 1; i < lines.size(); ++i) {
    auto f = split(lines[i], '\t');
    f.resize(4);
    rows.push_back({static_cast<int>(i + 1), f[0], f[1], f[2], f[3]});
  }
  return rows;
}

const char* kind_name(MatchKind k) {
  switch (k) {
    case MatchKind::kExact:
      return "exactMatch";
    case MatchKind::kPrefix:
      return "prefixMatch";
    case MatchKind::kSuffix:
      return "suffixMatch";
    case MatchKind::kRegexp:
      return "regexpMatch";
  }
  return "?";
}

class DockerignoreCompile : public testing::TestWithParam<CompileRow> {};

TEST_P(DockerignoreCompile, ChoosesStrategyAndExpression) {
  const CompileRow& r = GetParam();
  Matcher m({r.pattern});
  ASSERT_EQ(m.patterns().size(), 1u);
  EXPECT_EQ(kind_name(m.patterns()[0].kind()), r.kind);
  EXPECT_EQ(m.patterns()[0].regex_source(), r.slash_regex);
  std::string windows = r.pattern;
  for (char& c : windows) c = c == '/' ? '\\' : c;  // filepath.FromSlash
  MatchPlan plan = plan_pattern(windows, '\\');
  EXPECT_EQ(kind_name(plan.kind), r.kind);
  EXPECT_EQ(plan.regex, r.backslash_regex);
}

std::string compile_name(const testing::TestParamInfo<CompileRow>& info) {
  return "L" + std::to_string(info.param.line) + "_" + name_part(info.param.pattern);
}

INSTANTIATE_TEST_SUITE_P(Patternmatcher, DockerignoreCompile, testing::ValuesIn(compile_rows()),
                         compile_name);

struct ReadAllRow {
  std::size_t index = 0;
  std::string expected;
};
void PrintTo(const ReadAllRow& r, std::ostream* os) {
  *os << "pattern " << r.index << " " << r.expected;
}

std::vector<ReadAllRow> readall_rows() {
  std::vector<ReadAllRow> rows;
  auto lines = conformance::read_lines("dockerignore/readall-expected.txt");
  for (std::size_t i = 0; i < lines.size(); ++i) rows.push_back({i, lines[i]});
  return rows;
}

const IgnoreFile& readall_input() {
  static const IgnoreFile file =
      read_ignore_file(conformance::read_data("dockerignore/readall-input.dockerignore"));
  return file;
}

class DockerignoreReadAll : public testing::TestWithParam<ReadAllRow> {};

TEST_P(DockerignoreReadAll, YieldsPattern) {
  const auto& entries = readall_input().entries;
  ASSERT_LT(GetParam().index, entries.size());
  EXPECT_EQ(entries[GetParam().index].pattern, GetParam().expected);
}

std::string readall_name(const testing::TestParamInfo<ReadAllRow>& info) {
  return "P" + std::to_string(info.param.index + 1) + "_" + name_part(info.param.expected);
}

INSTANTIATE_TEST_SUITE_P(Ignorefile, DockerignoreReadAll, testing::ValuesIn(readall_rows()),
                         readall_name);

TEST(DockerignoreData, HasAllRows) {
  EXPECT_EQ(match_rows().size(), 138u);
  EXPECT_EQ(compile_rows().size(), 21u);
  EXPECT_EQ(readall_rows().size(), 7u);
  EXPECT_EQ(readall_input().entries.size(), 7u);  // nothing more than expected
}

}  // namespace
}  // namespace plimsoll::dockerignore
