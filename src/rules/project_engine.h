// Runs the project rules (compose, env files, build context, layout) once over a loaded
// project. Returns what they reported, unfinished: the check session applies the settings of
// the file each finding lands in, inline ignores, de-duplication and order.
#pragma once

#include <memory>
#include <vector>

#include "project/project.h"
#include "rules/project_context.h"
#include "rules/reported.h"
#include "rules/rule.h"
#include "rules/rule_timings.h"

namespace plimsoll::rules {

// The rules are independent of one another and run on up to `threads` threads; what they
// report comes back in the order of `rules`, whatever the threads did. `settings_for` must be
// safe to call from several threads when `threads` > 1.
std::vector<Reported> run_project_rules(const project::Project& project, const std::vector<const Rule*>& rules,
                                        const SettingsFor& settings_for, RuleTimings* timings = nullptr,
                                        unsigned threads = 1);

// One project rule, sharing `memos` with the project's other rule calls: for a caller that
// schedules the rules itself (the session runs them beside the Dockerfile engine).
std::vector<Reported> run_project_rule(const project::Project& project, const Rule& rule,
                                       const SettingsFor& settings_for, const std::shared_ptr<ProjectMemos>& memos,
                                       RuleTimings* timings = nullptr);

}  // namespace plimsoll::rules
