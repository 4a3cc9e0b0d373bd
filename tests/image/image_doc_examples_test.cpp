// Every image rule doc's `## Bad` and `## Good` sections are built and audited: the
// ```dockerfile block is the Dockerfile, other blocks starting `# file: NAME` are files of the
// build context. A bad example must draw the rule, a good one must not.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "image_cases.h"
#include "rules/registry.h"
#include "rules/rule_doc.h"

namespace plimsoll::testing_image {
namespace {

// section → file name → text
std::map<std::string, std::map<std::string, std::string>> sections(std::string_view doc) {
  std::map<std::string, std::map<std::string, std::string>> out;
  std::istringstream lines{std::string(doc)};
  std::string section, file, text;
  bool in_block = false;
  for (std::string line; std::getline(lines, line);) {
    if (!in_block && line.rfind("## ", 0) == 0) {
      section = line.substr(3);
    } else if (!in_block && line.rfind("```", 0) == 0 && (section == "Bad" || section == "Good")) {
      in_block = true;
      file = line == "```dockerfile" ? "Dockerfile" : "";
      text.clear();
    } else if (in_block && line.rfind("```", 0) == 0) {
      in_block = false;
      if (!file.empty()) out[section][file] = text;
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

TEST(ImageDocExamples, BadExamplesDrawTheRuleAndGoodOnesDoNot) {
  for (const rules::Rule* rule : rules::all_rules()) {
    if (!rule->interest().image) continue;
    const rules::RuleInfo& info = rule->info();
    auto found = sections(rules::rule_doc(info));
    ASSERT_TRUE(found["Bad"].count("Dockerfile") && found["Good"].count("Dockerfile"))
        << info.id << " needs a ```dockerfile block under ## Bad and ## Good";
    for (const auto& [section, files] : found) {
      std::string name = "doc-" + std::string(info.id) + "-" + section;
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      fs::path context = fresh_dir(name);
      for (const auto& [file, text] : files) std::ofstream(context / file) << text;
      auto image = build_and_load(context, name);
      ASSERT_TRUE(image) << info.id << " " << section;
      auto hits = run_rule(*image, *rule, files.at("Dockerfile"));
      if (section == "Bad") {
        EXPECT_FALSE(hits.empty()) << info.id << ": the Bad example draws no finding";
      } else {
        EXPECT_TRUE(hits.empty()) << info.id << ": the Good example draws " << hits.size() << " finding(s), first: "
                                  << (hits.empty() ? "" : hits.front().message);
      }
    }
  }
}

}  // namespace
}  // namespace plimsoll::testing_image
