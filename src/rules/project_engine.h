// Runs the project rules (compose, env files, build context, layout) once over a loaded
// project. Returns what they reported, unfinished: the check session applies the settings of
// the file each finding lands in, inline ignores, de-duplication and order.
#pragma once

#include <vector>

#include "project/project.h"
#include "rules/project_context.h"
#include "rules/reported.h"
#include "rules/rule.h"
#include "rules/rule_timings.h"

namespace plimsoll::rules {

std::vector<Reported> run_project_rules(const project::Project& project, const std::vector<const Rule*>& rules,
                                        const SettingsFor& settings_for, RuleTimings* timings = nullptr);

}  // namespace plimsoll::rules
