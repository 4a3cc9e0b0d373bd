// Keeps the registry, ../shared/STANDARD.md, the rule docs and the case folders in step.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "config/config.h"
#include "rules/registry.h"
#include "util/text.h"

namespace plimsoll::rules {
namespace {

namespace fs = std::filesystem;

struct CatalogueEntry {
  std::string name;
  std::string severity;
};

// Rows of the rule tables: `| DF004 | base-image-unpinned | error | ... |`.
std::map<std::string, CatalogueEntry> read_standard() {
  std::map<std::string, CatalogueEntry> out;
  std::ifstream in(std::string(PLIMSOLL_SHARED_DIR) + "/STANDARD.md");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("| ", 0) != 0) continue;
    std::vector<std::string> cells;
    std::size_t start = 1;
    for (std::size_t bar = line.find('|', start); bar != std::string::npos; bar = line.find('|', start)) {
      cells.emplace_back(util::trim_ascii_space(std::string_view(line).substr(start, bar - start)));
      start = bar + 1;
    }
    if (cells.size() < 3 || cells[0].size() != 5 || !util::is_ascii_digit(cells[0][2])) continue;
    out[cells[0]] = {cells[1], cells[2]};
  }
  return out;
}

TEST(Catalogue, StandardIsReadable) {
  auto standard = read_standard();
  EXPECT_GE(standard.size(), 100u);
  EXPECT_EQ(standard.at("DF004").name, "base-image-unpinned");
}

// Rules the project catalogues beyond STANDARD.md (docs/rules.md lists them with the rest),
// under IDs the standard leaves free. A row added to the standard later must agree with them.
const std::map<std::string, CatalogueEntry> kBeyondStandard = {
    {"DC023", {"shell-wrapper-without-exec", "warning"}},
};

TEST(Catalogue, EveryRegisteredRuleMatchesTheStandard) {
  auto standard = read_standard();
  for (const auto& [id, entry] : kBeyondStandard) standard.emplace(id, entry);
  for (const Rule* rule : all_rules()) {
    const RuleInfo& info = rule->info();
    auto it = standard.find(std::string(info.id));
    ASSERT_NE(it, standard.end()) << info.id << " is not in STANDARD.md";
    EXPECT_EQ(it->second.name, info.name) << info.id;
    EXPECT_EQ(it->second.severity, core::severity_name(info.severity)) << info.id;
  }
}

TEST(Catalogue, RegistryIsSortedAndUnique) {
  const auto& rules = all_rules();
  for (std::size_t i = 1; i < rules.size(); ++i) {
    EXPECT_LT(rules[i - 1]->info().id, rules[i]->info().id);
  }
  // Names are unique within a family; STANDARD.md gives DF054 and DC008 the same one.
  std::set<std::pair<std::string_view, std::string_view>> names;
  for (const Rule* rule : rules) {
    EXPECT_TRUE(names.insert({rule->info().family, rule->info().name}).second) << rule->info().name;
  }
  EXPECT_EQ(find_rule("healthcheck-missing", "dockerfile")->info().id, "DF054");
  EXPECT_EQ(find_rule("healthcheck-missing", "compose")->info().id, "DC008");
}

TEST(Catalogue, EveryRuleHasDocAndCases) {
  for (const Rule* rule : all_rules()) {
    const RuleInfo& info = rule->info();
    fs::path base = fs::path(PLIMSOLL_SOURCE_DIR) / "src/rules" / std::string(info.family) / std::string(info.doc_stem);
    EXPECT_TRUE(fs::exists(base.string() + ".md")) << info.id;
    EXPECT_TRUE(fs::exists(base.string() + ".cpp")) << info.id;
    std::string stem(info.doc_stem);
    EXPECT_EQ(util::to_upper_ascii(stem.substr(0, 5)), info.id);
    bool bad = false;
    bool good = false;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(base.string() + ".cases", ec)) {
      std::string name = entry.path().filename().string();
      bad = bad || name.rfind("bad_", 0) == 0;
      good = good || name.rfind("good_", 0) == 0;
    }
    EXPECT_TRUE(bad) << info.id << " has no bad_ case";
    EXPECT_TRUE(good) << info.id << " has no good_ case";
    std::ifstream doc(base.string() + ".md");
    std::string first;
    std::getline(doc, first);
    EXPECT_EQ(first, "# " + std::string(info.id) + " " + std::string(info.name));
  }
}

// The build generates the registry from the rule files; every file named like a rule room is a
// registered rule whose doc stem is the file's name, and the other way round.
TEST(Catalogue, EveryRuleFileIsRegisteredUnderItsStem) {
  std::set<std::string> on_disk;
  for (const auto& family : fs::directory_iterator(fs::path(PLIMSOLL_SOURCE_DIR) / "src/rules")) {
    if (!family.is_directory()) continue;
    for (const auto& entry : fs::directory_iterator(family.path())) {
      std::string name = entry.path().filename().string();
      bool room = name.size() > 10 && util::is_ascii_digit(name[2]) && util::is_ascii_digit(name[4]) && name[5] == '_' &&
                  name.ends_with(".cpp") && !name.ends_with("_test.cpp");
      if (room) on_disk.insert(family.path().filename().string() + "/" + entry.path().stem().string());
    }
  }
  std::set<std::string> registered;
  for (const Rule* rule : all_rules()) {
    registered.insert(std::string(rule->info().family) + "/" + std::string(rule->info().doc_stem));
  }
  EXPECT_EQ(on_disk, registered);
}

// docs/fix.md's table of fixes offered lists exactly the rules whose metadata offers a fix.
TEST(Catalogue, FixDocListsTheRulesThatOfferFixes) {
  std::ifstream in(std::string(PLIMSOLL_SOURCE_DIR) + "/docs/fix.md");
  std::set<std::string> documented;
  bool in_table = false;
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with("## ")) in_table = line == "## Fixes offered";
    // `| DF013 copy-without-chown | … |`
    if (in_table && line.size() > 8 && line.starts_with("| ") && util::is_ascii_digit(line[4])) {
      documented.insert(line.substr(2, 5));
    }
  }
  std::set<std::string> offered;
  for (const Rule* rule : all_rules()) {
    if (rule->info().offers_fix()) offered.insert(std::string(rule->info().id));
  }
  EXPECT_FALSE(offered.empty());
  EXPECT_EQ(documented, offered) << "docs/fix.md and the rules' `Fixes::kOffered` disagree";
}

// docs/severity.md audits every rule the registry grades `error`; its "default" column is the
// rule's severity in the `default` profile, which keeps `error` for broken builds and leaks.
TEST(Catalogue, SeverityAuditCoversEveryErrorRuleAsTheDefaultProfileGradesIt) {
  std::ifstream in(std::string(PLIMSOLL_SOURCE_DIR) + "/docs/severity.md");
  std::map<std::string, std::string> audited;  // ID → the default column
  for (std::string line; std::getline(in, line);) {
    // `| DF010 final-user-root | warning | why |`
    if (line.size() < 12 || !line.starts_with("| ") || !util::is_ascii_digit(line[4])) continue;
    std::size_t second = line.find('|', 2);
    std::size_t third = line.find('|', second + 1);
    if (third == std::string::npos) continue;
    audited[line.substr(2, 5)] = util::trim_ascii_space(std::string_view(line).substr(second + 1, third - second - 1));
  }
  auto config = config::parse_config("profile: default\n", "cfg.yaml");
  ASSERT_TRUE(config);
  RuleSettings portable = config->base_settings();
  std::set<std::string> errors;
  for (const Rule* rule : all_rules()) {
    const RuleInfo& info = rule->info();
    if (info.severity != core::Severity::kError) continue;
    errors.insert(std::string(info.id));
    auto it = audited.find(std::string(info.id));
    ASSERT_NE(it, audited.end()) << info.id << " grades `error` but docs/severity.md does not audit it";
    ASSERT_TRUE(portable.enabled(info)) << info.id;
    EXPECT_EQ(it->second, core::severity_name(portable.severity(info))) << info.id << ": docs/severity.md and data/profiles/default.yaml disagree";
  }
  for (const auto& [id, severity] : audited) EXPECT_TRUE(errors.contains(id)) << id << " is audited but is not an error rule";
}

TEST(Catalogue, FindsRulesByIdOrName) {
  ASSERT_NE(find_rule("df004"), nullptr);
  EXPECT_EQ(find_rule("base-image-unpinned"), find_rule("DF004"));
  EXPECT_EQ(find_rule("DF999"), nullptr);
}

}  // namespace
}  // namespace plimsoll::rules
