// Shared by the project-case and doc-example tests: check a directory as one project with one
// rule, through the check session, as `plimsoll check DIR` would.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "project_finding.h"
#include "rules/rule.h"
#include "rules/settings.h"

namespace plimsoll::rules::testing_cases {

// Every file under `dir` (recursively) that project::classify knows, sorted.
std::vector<std::string> project_files(const std::filesystem::path& dir);

// `overlays`: text to use instead of some files' (keyed by util::normal_path).
std::vector<ProjectFinding> run_project_rule(const std::filesystem::path& dir, const Rule& rule,
                                             const RuleSettings& settings,
                                             const std::map<std::string, std::string, std::less<>>& overlays = {});

// `# option name=a,b` lines in any file of the project set the rule's options.
RuleSettings options_from_files(const std::vector<std::string>& files, const RuleInfo& rule);

}  // namespace plimsoll::rules::testing_cases
