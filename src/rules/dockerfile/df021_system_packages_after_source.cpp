// DF021 system-packages-after-source: OS packages change rarely; installing them after
// copying manifests or source re-runs the slow install on every code change.
#include <algorithm>
#include <map>

#include "rules/dockerfile/helpers.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF021", "system-packages-after-source", core::Severity::kWarning, "dockerfile",
                         "OS package installs must come before dependency manifests and source are copied.",
                         "df021_system_packages_after_source"};

class SystemPackagesAfterSource final : public kit::InstructionRule<kInfo, dockerfile::Keyword::kRun> {
  void check(const dockerfile::Instruction& run, FileContext& ctx) const override {
    const dockerfile::Stage* stage = current_stage(ctx);
    if (stage == nullptr) return;
    const sh::Command* install = nullptr;
    for (const auto& command : ctx.script(run).commands) {
      const dockerfile::InstallerCommand* installer = ctx.installer(command);
      if (installer && installer->kind.is_os() && installer->kind.action == "install") {
        install = &command;
        break;
      }
    }
    if (install == nullptr) return;  // checked first: the earlier instructions are the costly part
    // The first COPY/ADD from the build context in this stage, found once per stage.
    auto& first_copy = ctx.memo<std::map<int, const dockerfile::Instruction*>>(&kInfo);
    auto [it, inserted] = first_copy.try_emplace(stage->index, nullptr);
    if (inserted) {
      for (const dockerfile::Instruction* in : stage->instructions) {
        const auto* copy = in->typed.copy();
        bool from_context = copy && copy->from_context() &&
                            std::any_of(copy->sources.begin(), copy->sources.end(),
                                        [](const dockerfile::CopySource& s) { return !s.inline_file; });
        if (from_context) {
          it->second = in;
          break;
        }
      }
    }
    const dockerfile::Instruction* copy = it->second;
    if (copy == nullptr || copy->start_line > run.start_line) return;
    ctx.report(kInfo, core::cover(install->words.front().span, install->words.back().span),
               util::format("OS packages are installed after files are copied from the build context (line {}), "
                            "so every change to those files repeats this install; move the install above the COPY",
                            copy->start_line));
  }
};

}  // namespace

PLIMSOLL_RULE(df021_system_packages_after_source, SystemPackagesAfterSource)

}  // namespace plimsoll::rules
