// Every rule doc's `## Bad` and `## Good` Dockerfile blocks are run through the rule: a bad
// example must draw at least one finding from it, a good example none. Docs cannot drift from
// what the code does.
#include <gtest/gtest.h>

#include <sstream>

#include "core/source_file.h"
#include "rules/engine.h"
#include "rules/registry.h"
#include "rules/rule_doc.h"

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

TEST(DocExamples, BadExamplesDrawTheRuleAndGoodOnesDoNot) {
  for (const Rule* rule : all_rules()) {
    const RuleInfo& info = rule->info();
    std::vector<Example> found = examples(rule_doc(info));
    bool has_bad = false, has_good = false;
    for (const auto& example : found) {
      (example.bad ? has_bad : has_good) = true;
      core::SourceFile source("Dockerfile", example.text);
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
      CheckOptions options;
      options.settings = &settings;
      std::size_t hits = check_dockerfile(source, {rule}, options).size();
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
