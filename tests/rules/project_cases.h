// Shared by the project-case and doc-example tests: check a directory as one project with one
// rule, through the check session, as `plimsoll check DIR` would.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <memory>

#include "core/finding.h"
#include "core/source_file.h"
#include "rules/rule.h"
#include "rules/settings.h"

namespace plimsoll::rules::testing_cases {

// Every file under `dir` (recursively) that project::classify knows, sorted.
std::vector<std::string> project_files(const std::filesystem::path& dir);

struct ProjectFinding {
  std::string path;  // as the file was found (or referenced)
  std::shared_ptr<const core::SourceFile> source;
  core::Finding finding;
};

std::vector<ProjectFinding> run_project_rule(const std::filesystem::path& dir, const Rule& rule,
                                             const RuleSettings& settings);

// `# option name=a,b` lines in any file of the project set the rule's options.
RuleSettings options_from_files(const std::vector<std::string>& files, const RuleInfo& rule);

}  // namespace plimsoll::rules::testing_cases
