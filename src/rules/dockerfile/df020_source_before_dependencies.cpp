// DF020 source-before-dependencies: `COPY . .` before the dependency install means every
// source change re-runs the install, throwing the layer cache away.
#include "rules/dockerfile/helpers.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF020", "source-before-dependencies", core::Severity::kWarning, "dockerfile",
                         "Copying the whole source before installing dependencies defeats the layer cache.",
                         "df020_source_before_dependencies"};

class SourceBeforeDependencies final : public kit::StageRule<kInfo> {
  void check(const dockerfile::Stage& stage, FileContext& ctx) const override {
    const dockerfile::Instruction* source_copy = nullptr;
    for (const dockerfile::Instruction* in : stage.instructions) {
      if ((in->kind == dockerfile::Keyword::kCopy || in->kind == dockerfile::Keyword::kAdd) && source_copy == nullptr &&
          copies_whole_context(*in)) {
        source_copy = in;
        continue;
      }
      if (in->kind != dockerfile::Keyword::kRun) continue;
      for (const auto& command : ctx.script(*in).commands) {
        const dockerfile::InstallerCommand* installer = ctx.installer(command);
        if (!installer || installer->kind.is_os() || installer->kind.action != "install") continue;
        // The first language install decides: after a copy of everything it is uncacheable.
        if (source_copy != nullptr) {
          ctx.report(kInfo, source_copy->span,
                     util::format("the whole build context is copied before `{} {}` (line {}), so any source change "
                                  "re-installs dependencies; copy the manifests and lock files first, install, then "
                                  "copy the source", command.program(), installer->kind.subcommand, in->start_line));
        }
        return;
      }
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df020_source_before_dependencies, SourceBeforeDependencies)

}  // namespace plimsoll::rules
