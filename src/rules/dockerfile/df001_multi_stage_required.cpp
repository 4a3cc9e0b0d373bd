// DF001 multi-stage-required: installing dependencies or compiling in the image that ships
// leaves toolchains, caches and sources in it; a builder stage keeps them out.
#include "rules/dockerfile/helpers.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF001", "multi-stage-required", core::Severity::kError, "dockerfile",
                         "A Dockerfile that installs dependencies or compiles needs a builder stage.",
                         "df001_multi_stage_required"};

class MultiStageRequired final : public kit::DockerfileRule<kInfo> {
  void check(FileContext& ctx) const override {
    if (ctx.shipped_targets().empty()) return;  // a development environment's image ships nothing
    const dockerfile::Model& model = ctx.model();
    const dockerfile::Stage* final_stage = model.final_stage();
    if (final_stage == nullptr) return;
    for (int index : model.final_chain()) {
      for (const auto& use : model.stages[static_cast<std::size_t>(index)].uses) {
        if (use.from_stage >= 0) return;  // artifacts already come from another stage
      }
    }
    for (int index : model.final_chain()) {
      for (const dockerfile::Instruction* in : model.stages[static_cast<std::size_t>(index)].instructions) {
        if (in->kind != dockerfile::Keyword::kRun) continue;
        for (const auto& command : ctx.script(*in).commands) {
          const dockerfile::InstallerCommand* installer = ctx.installer(command);
          if (!installer || installer->kind.is_os()) continue;
          ctx.report(kInfo, final_stage->from->keyword_span,
                     util::format("`{} {}` (line {}) runs in the image that ships; build in a separate stage "
                                  "(`FROM … AS builder`) and `COPY --from=builder` only the results",
                                  command.program(), installer->kind.subcommand, in->start_line));
          return;
        }
      }
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df001_multi_stage_required, MultiStageRequired)

}  // namespace plimsoll::rules
