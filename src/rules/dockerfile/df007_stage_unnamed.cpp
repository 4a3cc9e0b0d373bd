// DF007 stage-unnamed: `COPY --from=0` breaks silently when a stage is added above; a name
// says what the stage is and survives reordering.
#include <algorithm>

#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF007", "stage-unnamed", core::Severity::kWarning, "dockerfile",
                         "Stages that other stages use must be named; `COPY --from=0` style index references are "
                         "fragile.",
                         "df007_stage_unnamed"};

bool is_index(std::string_view s) {
  return !s.empty() && s.size() < 6 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

class StageUnnamed final : public kit::InstructionRule<kInfo, dockerfile::Keyword::kCopy, dockerfile::Keyword::kAdd,
                                                         dockerfile::Keyword::kRun> {
  void check(const dockerfile::Instruction& in, FileContext& ctx) const override {
    if (const auto* copy = in.typed.copy(); copy != nullptr && copy->from) {
      check_reference(copy->from->value, copy->from->flag_span, ctx);
    }
    if (in.typed.run() == nullptr) return;
    for (const auto& mount : in.typed.run()->mounts) {
      if (mount.from) check_reference(mount.from->value, mount.flag_span, ctx);
    }
  }

 private:
  static void check_reference(const std::string& value, core::Span span, FileContext& ctx) {
    if (!is_index(value)) return;
    std::size_t index = std::stoul(value);
    const auto& stages = ctx.model().stages;
    std::string suggestion = index < stages.size() && !stages[index].name.empty()
                                 ? util::format("`{}`", stages[index].name)
                                 : std::string("a name given with `AS <name>` on that stage's FROM");
    ctx.report(kInfo, span,
               util::format("stage {} is referred to by its position, which changes when stages are added or "
                            "moved; use {}",
                            value, suggestion));
  }
};

}  // namespace

PLIMSOLL_RULE(df007_stage_unnamed, StageUnnamed)

}  // namespace plimsoll::rules
