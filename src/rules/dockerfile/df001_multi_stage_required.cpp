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

// True when the stage, or a stage it is built FROM, runs something: it builds what it hands on.
// A stage that only names an image (`FROM ghcr.io/astral-sh/uv AS uv`) hands on a tool that
// already exists, so copying from it (`COPY --from=uv /uv /bin/uv`) is no builder stage.
bool builds_something(const dockerfile::Model& model, int index) {
  for (std::size_t hops = 0; index >= 0 && hops <= model.stages.size(); ++hops) {
    const dockerfile::Stage& stage = model.stages[static_cast<std::size_t>(index)];
    for (const dockerfile::Instruction* in : stage.instructions) {
      if (in->kind == dockerfile::Keyword::kRun) return true;
    }
    index = stage.parent;
  }
  return false;
}

class MultiStageRequired final : public kit::DockerfileRule<kInfo> {
  void check(FileContext& ctx) const override {
    if (ctx.shipped_targets().empty()) return;  // a development environment's image ships nothing
    const dockerfile::Model& model = ctx.model();
    const dockerfile::Stage* final_stage = model.final_stage();
    if (final_stage == nullptr) return;
    for (int index : model.final_chain()) {
      for (const auto& use : model.stages[static_cast<std::size_t>(index)].uses) {
        // Artifacts already come from a builder stage.
        if (use.from_stage >= 0 && builds_something(model, use.from_stage)) return;
      }
    }
    for (int index : model.final_chain()) {
      for (const dockerfile::Instruction* in : model.stages[static_cast<std::size_t>(index)].instructions) {
        if (in->kind != dockerfile::Keyword::kRun) continue;
        for (const auto& command : ctx.script(*in).commands) {
          const dockerfile::InstallerCommand* installer = ctx.installer(command);
          if (!installer || installer->kind.is_os()) continue;
          std::string shown = installer->kind.subcommand.empty()
                                  ? std::string(command.program())
                                  : util::format("{} {}", command.program(), installer->kind.subcommand);
          ctx.report(kInfo, final_stage->from->keyword_span,
                     util::format("`{}` (line {}) runs in the image that ships; build in a separate stage "
                                  "(`FROM … AS builder`) and `COPY --from=builder` only the results",
                                  shown, in->start_line));
          return;
        }
      }
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df001_multi_stage_required, MultiStageRequired)

}  // namespace plimsoll::rules
