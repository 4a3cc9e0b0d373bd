#include "rules/project_engine.h"

#include "util/parallel.h"

namespace plimsoll::rules {

std::vector<Reported> run_project_rule(const project::Project& project, const Rule& rule,
                                       const SettingsFor& settings_for, const std::shared_ptr<ProjectMemos>& memos,
                                       RuleTimings* timings) {
  ProjectContext context(project, settings_for, memos);
  CallTimer timer(timings);
  timer.run(rule.info().id, [&] { rule.on_project(context); });
  return std::move(context.reported());
}

std::vector<Reported> run_project_rules(const project::Project& project, const std::vector<const Rule*>& rules,
                                        const SettingsFor& settings_for, RuleTimings* timings, unsigned threads) {
  std::vector<const Rule*> project_rules;
  for (const Rule* rule : rules) {
    if (rule->interest().project) project_rules.push_back(rule);
  }
  auto memos = std::make_shared<ProjectMemos>();
  std::vector<std::vector<Reported>> per_rule(project_rules.size());
  util::parallel_for(project_rules.size(), threads, [&](std::size_t i) {
    per_rule[i] = run_project_rule(project, *project_rules[i], settings_for, memos, timings);
  });
  std::vector<Reported> out;
  for (auto& r : per_rule) std::move(r.begin(), r.end(), std::back_inserter(out));
  return out;
}

}  // namespace plimsoll::rules
