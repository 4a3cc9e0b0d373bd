#include "rules/engine.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <map>

#include "dockerfile/parser.h"
#include "rules/file_context.h"
#include "rules/suppression.h"

namespace plimsoll::rules {
namespace {

// Times calls when profiling is on; a plain call otherwise, so the common path pays one branch.
class CallTimer {
 public:
  explicit CallTimer(RuleTimings* timings) : timings_(timings) {}
  ~CallTimer() {
    if (timings_ != nullptr) timings_->add(samples_);
  }
  CallTimer(const CallTimer&) = delete;
  CallTimer& operator=(const CallTimer&) = delete;

  template <typename Fn>
  void run(std::string_view key, Fn&& fn) {
    if (timings_ == nullptr) {
      fn();
      return;
    }
    auto start = std::chrono::steady_clock::now();
    fn();
    RuleTiming& sample = samples_[key];
    sample.nanoseconds += std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start).count();
    ++sample.calls;
  }

 private:
  RuleTimings* timings_;
  std::map<std::string_view, RuleTiming> samples_;
};

}  // namespace

std::vector<core::Finding> check_dockerfile(const core::SourceFile& source, const std::vector<const Rule*>& rules,
                                            const CheckOptions& options) {
  CallTimer timer(options.timings);
  dockerfile::Dockerfile file;
  dockerfile::Model model;
  timer.run("(parse+model)", [&] {
    file = dockerfile::parse(source.text());
    model = dockerfile::build_model(file);
  });
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
