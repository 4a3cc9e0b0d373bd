// Every rule doc's `## Bad` and `## Good` Dockerfile blocks are run through the rule: a bad
// example must draw at least one finding from it, a good example none. Docs cannot drift from
// what the code does.
#include <gtest/gtest.h>

#include <sstream>

#include "core/source_file.h"
#include "session/session.h"
#include "rules/registry.h"
#include "rules/rule_doc.h"

#include <git2.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "project_cases.h"

namespace plimsoll::rules {
namespace {

struct Example {
  bool bad = false;
  std::string text;
};

// The ```dockerfile blocks under the `## Bad` and `## Good` headings.
std::vector<Example> examples(std::string_view doc) {
  std::vector<Example> out;
  std::istringstream lines{std::string(doc)};
  std::string section;
  bool in_block = false;
  Example current;
  for (std::string line; std::getline(lines, line);) {
    if (!in_block && line.rfind("## ", 0) == 0) {
      section = line.substr(3);
    } else if (!in_block && line.rfind("```dockerfile", 0) == 0 && (section == "Bad" || section == "Good")) {
      in_block = true;
      current = Example{section == "Bad", ""};
    } else if (in_block && line.rfind("```", 0) == 0) {
      in_block = false;
      out.push_back(current);
    } else if (in_block) {
      current.text += line + "\n";
    }
  }
  return out;
}

// Project rules: every fenced block under `## Bad` (or `## Good`) is one file of a project; its
// first line `# file: compose/dev.yaml` names it (a yaml block without one is compose.yaml).
std::map<std::string, std::map<std::string, std::string>> project_examples(std::string_view doc) {
  std::map<std::string, std::map<std::string, std::string>> out;  // section → file → text
  std::istringstream lines{std::string(doc)};
  std::string section, file, text, language;
  bool in_block = false;
  for (std::string line; std::getline(lines, line);) {
    if (!in_block && line.rfind("## ", 0) == 0) {
      section = line.substr(3);
    } else if (!in_block && line.rfind("```", 0) == 0 && (section == "Bad" || section == "Good")) {
      in_block = true;
      language = line.substr(3);
      file.clear();
      text.clear();
    } else if (in_block && line.rfind("```", 0) == 0) {
      in_block = false;
      if (file.empty()) file = language == "dockerfile" ? "Dockerfile" : "compose.yaml";
      out[section][file] = text;
    } else if (in_block) {
      if (text.empty() && file.empty() && line.rfind("# file: ", 0) == 0) {
        file = line.substr(8);
        continue;
      }
      text += line + "\n";
    }
  }
  return out;
}

TEST(DocExamples, ProjectRuleExamplesDrawTheRuleOrNot) {
  git_libgit2_init();
  for (const Rule* rule : all_rules()) {
    if (!rule->interest().project) continue;
    const RuleInfo& info = rule->info();
    auto sections = project_examples(rule_doc(info));
    EXPECT_TRUE(sections.contains("Bad") && sections.contains("Good")) << info.id << " needs blocks under ## Bad and ## Good";
    for (const auto& [section, files] : sections) {
      std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                  ("plimsoll-doc-" + std::string(info.id) + "-" + section + "-" + std::to_string(::getpid()));
      std::filesystem::remove_all(dir);
      for (const auto& [name, text] : files) {
        std::filesystem::create_directories((dir / name).parent_path());
        std::ofstream(dir / name) << text;
      }
      // Examples about git (EN001) run in a repository of their own, as projects do.
      git_repository* repo = nullptr;
      if (git_repository_init(&repo, dir.c_str(), 0) == 0) git_repository_free(repo);
      RuleSettings settings = testing_cases::options_from_files(testing_cases::project_files(dir), info);
      std::size_t hits = testing_cases::run_project_rule(dir, *rule, settings).size();
      if (section == "Bad") {
        EXPECT_GT(hits, 0u) << info.id << ": the Bad example draws no finding";
      } else {
        EXPECT_EQ(hits, 0u) << info.id << ": the Good example draws " << hits << " finding(s)";
      }
      std::filesystem::remove_all(dir);
    }
  }
}

TEST(DocExamples, BadExamplesDrawTheRuleAndGoodOnesDoNot) {
  for (const Rule* rule : all_rules()) {
    if (rule->interest().project || rule->interest().image) continue;  // image examples: tests/image
    const RuleInfo& info = rule->info();
    std::vector<Example> found = examples(rule_doc(info));
    bool has_bad = false, has_good = false;
    for (const auto& example : found) {
      (example.bad ? has_bad : has_good) = true;
      // `# option name=a,b` in an example sets the rule's option, as in case files.
      RuleSettings settings;
      std::istringstream lines(example.text);
      for (std::string line; std::getline(lines, line);) {
        if (line.rfind("# option ", 0) != 0) continue;
        std::string spec = line.substr(9);
        std::size_t eq = spec.find('=');
        std::vector<std::string> values;
        std::istringstream items(spec.substr(eq + 1));
        for (std::string item; std::getline(items, item, ',');) values.push_back(item);
        settings.by_id[std::string(info.id)].options[spec.substr(0, eq)] = values;
      }
      std::size_t hits = session::check_dockerfile_text("Dockerfile", example.text, {rule}, settings).findings.size();
      if (example.bad) {
        EXPECT_GT(hits, 0u) << info.id << ": the Bad example draws no finding:\n" << example.text;
      } else {
        EXPECT_EQ(hits, 0u) << info.id << ": the Good example draws " << hits << " finding(s):\n" << example.text;
      }
    }
    EXPECT_TRUE(has_bad && has_good) << info.id << " needs a ```dockerfile block under both ## Bad and ## Good";
  }
}

}  // namespace
}  // namespace plimsoll::rules
