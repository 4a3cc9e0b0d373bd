// Runs the project rules (compose, env files, build context, layout) over one loaded project,
// drops findings silenced by `# plimsoll ignore=…` comments, and returns them deduplicated:
// a compose file used by several stacks is reported once.
#pragma once

#include <vector>

#include "project/project.h"
#include "rules/project_context.h"
#include "rules/rule.h"
#include "rules/rule_timings.h"

namespace plimsoll::rules {

struct ProjectCheckOptions {
  bool inline_ignores = true;
  RuleTimings* timings = nullptr;
};

std::vector<ProjectFinding> check_project(const project::Project& project, const std::vector<const Rule*>& rules,
                                          const SettingsFor& settings_for, const ProjectCheckOptions& options = {});

// `# plimsoll ignore=DC003,privileged` on the lines just above a finding's line (comment lines
// only), or `# plimsoll global ignore=…` anywhere, in YAML, env, ignore files and Makefiles.
bool suppressed_by_comment(const core::SourceFile& source, const core::Finding& finding);

}  // namespace plimsoll::rules
