#include "rules/engine.h"

#include <array>

#include "rules/file_context.h"

namespace plimsoll::rules {

std::vector<Reported> run_dockerfile_rules(const std::shared_ptr<const core::SourceFile>& source,
                                           const dockerfile::Dockerfile& file, const dockerfile::Model& model,
                                           const std::vector<const Rule*>& rules, const RuleSettings& settings,
                                           RuleTimings* timings, const project::Project* project) {
  CallTimer timer(timings);
  FileContext context(*source, file, model, settings);
  context.set_project(project);

  // Rules per instruction kind, computed once per file (a handful of pointers).
  constexpr std::size_t kKinds = static_cast<std::size_t>(dockerfile::Keyword::kWorkdir) + 1;
  std::array<std::vector<const Rule*>, kKinds> by_kind;
  std::vector<const Rule*> stage_rules;
  std::vector<const Rule*> file_rules;
  for (const Rule* rule : rules) {
    Interest interest = rule->interest();
    for (std::size_t k = 0; k < kKinds; ++k) {
      if (interest.wants(static_cast<dockerfile::Keyword>(k))) by_kind[k].push_back(rule);
    }
    if (interest.stage_end) stage_rules.push_back(rule);
    if (interest.file_end) file_rules.push_back(rule);
  }

  auto end_stage = [&](int index) {
    if (index < 0) return;
    for (const Rule* rule : stage_rules) {
      timer.run(rule->info().id, [&] { rule->on_stage_end(model.stages[static_cast<std::size_t>(index)], context); });
    }
  };
  int stage = -1;
  for (const auto& instruction : file.instructions) {
    if (instruction.kind == dockerfile::Keyword::kFrom) {
      end_stage(stage);
      ++stage;
      context.set_stage_index(stage);
    }
    for (const Rule* rule : by_kind[static_cast<std::size_t>(instruction.kind)]) {
      timer.run(rule->info().id, [&] { rule->on_instruction(instruction, context); });
    }
  }
  end_stage(stage);
  for (const Rule* rule : file_rules) timer.run(rule->info().id, [&] { rule->on_file_end(context); });

  std::vector<Reported> out = std::move(context.reported());
  for (auto& r : out) r.source = source;
  return out;
}

}  // namespace plimsoll::rules
