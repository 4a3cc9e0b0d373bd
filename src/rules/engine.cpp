#include "rules/engine.h"

#include <algorithm>
#include <array>

#include "dockerfile/parser.h"
#include "rules/file_context.h"
#include "rules/suppression.h"

namespace plimsoll::rules {

std::vector<core::Finding> check_dockerfile(const core::SourceFile& source, const std::vector<const Rule*>& rules,
                                            const CheckOptions& options) {
  dockerfile::Dockerfile file = dockerfile::parse(source.text());
  dockerfile::Model model = dockerfile::build_model(file);
  const RuleSettings& settings = options.settings != nullptr ? *options.settings : RuleSettings::defaults();
  FileContext context(source, file, model, settings);

  // Rules per instruction kind, computed once per file (a handful of pointers).
  constexpr std::size_t kKinds = static_cast<std::size_t>(dockerfile::Keyword::kWorkdir) + 1;
  std::array<std::vector<const Rule*>, kKinds> by_kind;
  std::vector<const Rule*> stage_rules;
  std::vector<const Rule*> file_rules;
  for (const Rule* rule : rules) {
    if (!settings.enabled(rule->info())) continue;
    Interest interest = rule->interest();
    for (std::size_t k = 0; k < kKinds; ++k) {
      if (interest.wants(static_cast<dockerfile::Keyword>(k))) by_kind[k].push_back(rule);
    }
    if (interest.stage_end) stage_rules.push_back(rule);
    if (interest.file_end) file_rules.push_back(rule);
  }

  auto end_stage = [&](int index) {
    if (index < 0) return;
    for (const Rule* rule : stage_rules) rule->on_stage_end(model.stages[static_cast<std::size_t>(index)], context);
  };
  int stage = -1;
  for (const auto& instruction : file.instructions) {
    if (instruction.kind == dockerfile::Keyword::kFrom) {
      end_stage(stage);
      ++stage;
      context.set_stage_index(stage);
    }
    for (const Rule* rule : by_kind[static_cast<std::size_t>(instruction.kind)]) {
      rule->on_instruction(instruction, context);
    }
  }
  end_stage(stage);
  for (const Rule* rule : file_rules) rule->on_file_end(context);

  std::vector<core::Finding> findings = std::move(context.findings());
  if (options.inline_ignores && (!file.comments.empty() || !file.directives.empty())) {
    Suppressions suppressions(file);
    findings.erase(std::remove_if(findings.begin(), findings.end(),
                                  [&](const core::Finding& f) { return suppressions.suppresses(f); }),
                   findings.end());
  }
  std::stable_sort(findings.begin(), findings.end(), [](const core::Finding& a, const core::Finding& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    return a.rule_id < b.rule_id;
  });
  return findings;
}

}  // namespace plimsoll::rules
