#include "rules/project_engine.h"

namespace plimsoll::rules {

std::vector<Reported> run_project_rules(const project::Project& project, const std::vector<const Rule*>& rules,
                                        const SettingsFor& settings_for, RuleTimings* timings) {
  ProjectContext context(project, settings_for);
  CallTimer timer(timings);
  for (const Rule* rule : rules) {
    if (rule->interest().project) timer.run(rule->info().id, [&] { rule->on_project(context); });
  }
  return std::move(context.reported());
}

}  // namespace plimsoll::rules
