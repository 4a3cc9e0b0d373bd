// DF053 repeated-runtime-instruction: only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage
// takes effect; earlier ones are dead code that readers take at face value.
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF053", "repeated-runtime-instruction", core::Severity::kWarning, "dockerfile",
                         "More than one CMD/ENTRYPOINT/HEALTHCHECK in a stage: only the last applies.",
                         "df053_repeated_runtime_instruction"};

class RepeatedRuntimeInstruction final : public kit::StageRule<kInfo> {
  void check(const dockerfile::Stage& stage, FileContext& ctx) const override {
    for (auto kind : {dockerfile::Keyword::kCmd, dockerfile::Keyword::kEntrypoint, dockerfile::Keyword::kHealthcheck}) {
      const dockerfile::Instruction* last = nullptr;
      for (const dockerfile::Instruction* in : stage.instructions) {
        if (in->kind == kind) last = in;
      }
      for (const dockerfile::Instruction* in : stage.instructions) {
        if (in->kind != kind || in == last) continue;
        ctx.report(kInfo, in->keyword_span,
                   util::format("this {} is overridden by the one on line {}; only the last one in a stage applies",
                                dockerfile::keyword_name(kind), last->start_line));
      }
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df053_repeated_runtime_instruction, RepeatedRuntimeInstruction)

}  // namespace plimsoll::rules
