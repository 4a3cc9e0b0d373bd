// Runs `fix`'s engine, with the checkers the command uses, over every case file of every rule
// (Dockerfile cases and project case directories): a fixed file keeps its comments and its
// parse, the engine reaches a fixed point, and a second run changes nothing.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "session/candidate.h"
#include "fix/engine.h"
#include "project/file_kind.h"
#include "rules/registry.h"
#include "util/file_io.h"
#include "util/text.h"

namespace plimsoll::app {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> comment_lines(std::string_view text) {
  std::vector<std::string> out;
  while (!text.empty()) {
    std::size_t nl = text.find('\n');
    std::string_view line = util::trim_ascii_space(text.substr(0, nl));
    if (line.starts_with("#")) out.emplace_back(line);
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
  return out;
}

// A case: the files a check would read, and which of them to fix.
struct Case {
  fs::path root;
  std::vector<std::string> files;
};

std::vector<Case> all_cases() {
  std::vector<Case> cases;
  for (const rules::Rule* rule : rules::all_rules()) {
    fs::path dir = fs::path(PLIMSOLL_SOURCE_DIR) / "src/rules" / std::string(rule->info().family) /
                   (std::string(rule->info().doc_stem) + ".cases");
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      if (entry.path().extension() == ".snap" || entry.path().extension() == ".fixed") continue;  // snapshots
      if (entry.is_regular_file()) {
        cases.push_back({dir, {entry.path().generic_string()}});
        continue;
      }
      Case c{entry.path(), {}};
      for (auto it = fs::recursive_directory_iterator(entry.path(), ec); it != fs::recursive_directory_iterator();
           it.increment(ec)) {
        std::string path = it->path().generic_string();
        if (it->is_regular_file() && project::classify(path) != project::FileKind::kOther) c.files.push_back(path);
      }
      std::sort(c.files.begin(), c.files.end());
      cases.push_back(std::move(c));
    }
  }
  return cases;
}

// The applicability docs/fix.md's table gives each rule's fixes, from its "safe?" column:
// `S` safe only, `U` unsafe only, `SU` safe in some cases and unsafe in others.
std::map<std::string, std::string> documented_applicability() {
  std::ifstream in(std::string(PLIMSOLL_SOURCE_DIR) + "/docs/fix.md");
  std::map<std::string, std::set<char>> kinds;
  bool in_table = false;
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with("## ")) in_table = line == "## Fixes offered";
    // `| DF013 copy-without-chown | fix | when | safe? | why |`
    if (!in_table || line.size() < 8 || !line.starts_with("| ") || !util::is_ascii_digit(line[4])) continue;
    std::vector<std::string> cells;
    for (std::size_t at = 1, bar; (bar = line.find('|', at)) != std::string::npos; at = bar + 1) {
      cells.emplace_back(util::trim_ascii_space(std::string_view(line).substr(at, bar - at)));
    }
    if (cells.size() < 4) continue;
    std::set<char>& k = kinds[line.substr(2, 5)];
    const std::string& safety = cells[3];
    if (safety.starts_with("safe")) k.insert('S');
    if (safety.find("unsafe") != std::string::npos) k.insert('U');
  }
  std::map<std::string, std::string> out;
  for (const auto& [id, k] : kinds) out[id] = std::string(k.begin(), k.end());
  return out;
}

TEST(FixCases, EachRulesFixesHaveTheDocumentedApplicability) {
  config::Config config;
  config.profile = "strict";
  std::map<std::string, std::set<char>> seen;
  for (const Case& c : all_cases()) {
    session::Request request;
    request.root = c.root.generic_string();
    request.config = &config;
    (c.files.size() == 1 ? request.dockerfiles : request.project_files) = c.files;
    for (const auto& file : c.files) {
      auto text = util::read_file(file);
      ASSERT_TRUE(text.has_value()) << file;
      for (const auto& f : session::candidate_checker(file, request)(*text).findings) {
        if (f.fix) seen[std::string(f.rule_id)].insert(f.fix->safe() ? 'S' : 'U');
      }
    }
  }
  const std::map<std::string, std::string> documented = documented_applicability();
  EXPECT_GE(documented.size(), 19u);
  for (const auto& [id, kinds] : seen) {
    auto expected = documented.find(id);
    ASSERT_NE(expected, documented.end()) << id << " offers fixes that docs/fix.md does not classify";
    EXPECT_EQ(std::string(kinds.begin(), kinds.end()), expected->second)
        << id << ": the case files' fixes (S safe, U unsafe) differ from docs/fix.md's safe? column";
  }
  for (const auto& [id, kinds] : documented) EXPECT_EQ(seen.count(id), 1u) << id << " fixes no case file";
}

TEST(FixCases, EveryFixedCaseKeepsCommentsAndParseAndASecondRunChangesNothing) {
  config::Config config;
  config.profile = "strict";  // every rule, so every rule's fixes are exercised
  std::set<std::string> fixed_rules;
  std::size_t fixed_files = 0;
  for (const Case& c : all_cases()) {
    session::Request request;
    request.root = c.root.generic_string();
    request.config = &config;
    // A lone case file is a Dockerfile whatever its name, as when named on the command line.
    (c.files.size() == 1 ? request.dockerfiles : request.project_files) = c.files;
    for (const auto& file : c.files) {
      fix::Checker checker = session::candidate_checker(file, request);
      auto text = util::read_file(file);
      ASSERT_TRUE(text.has_value()) << file;
      fix::Result first = fix::fix_to_fixed_point(*text, checker);
      if (first.applied.empty()) continue;
      ++fixed_files;
      for (const auto& a : first.applied) fixed_rules.insert(a.rule_id);
      EXPECT_TRUE(first.converged) << file;
      EXPECT_LE(checker(first.text).parse_errors, checker(*text).parse_errors) << file;
      // Comments survive, in order: the original comment lines are a subsequence of the new ones.
      std::vector<std::string> before = comment_lines(*text);
      std::size_t matched = 0;
      for (const auto& line : comment_lines(first.text)) matched += matched < before.size() && line == before[matched];
      EXPECT_EQ(matched, before.size()) << file << " lost a comment";
      fix::Result second = fix::fix_to_fixed_point(first.text, checker);
      EXPECT_EQ(second.text, first.text) << file << " changed again on a second run";
      EXPECT_TRUE(second.applied.empty()) << file;
    }
  }
  EXPECT_GT(fixed_files, 20u);
  // The rules whose metadata says they offer fixes are exactly those whose fixes were applied
  // somewhere in the case files.
  for (const rules::Rule* rule : rules::all_rules()) {
    std::string id(rule->info().id);
    if (rule->info().offers_fix()) {
      EXPECT_EQ(fixed_rules.count(id), 1u) << id << " offers fixes but fixes no case file";
    } else {
      EXPECT_EQ(fixed_rules.count(id), 0u) << id << " fixed a case but its RuleInfo says it offers no fix";
    }
  }
}

}  // namespace
}  // namespace plimsoll::app
