// DF021 system-packages-after-source: OS packages change rarely; installing them after
// copying manifests or source re-runs the slow install on every code change.
#include "rules/dockerfile/dockerfile_rules.h"
#include "rules/dockerfile/helpers.h"
#include "rules/file_context.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF021", "system-packages-after-source", core::Severity::kWarning, "dockerfile",
                         "OS package installs must come before dependency manifests and source are copied.",
                         "df021_system_packages_after_source"};

class SystemPackagesAfterSource final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }
  Interest interest() const override { return Interest::on({dockerfile::Keyword::kRun}); }
  void on_instruction(const dockerfile::Instruction& run, FileContext& ctx) const override {
    const dockerfile::Stage* stage = current_stage(ctx);
    if (stage == nullptr) return;
    // The first COPY/ADD from the build context earlier in this stage.
    const dockerfile::Instruction* copy = nullptr;
    for (const dockerfile::Instruction* in : stage->instructions) {
      if (in == &run) break;
      bool from_context = (in->kind == dockerfile::Keyword::kCopy || in->kind == dockerfile::Keyword::kAdd) &&
                          find_flag(*in, "from") == nullptr && in->heredocs.empty();
      if (from_context) {
        copy = in;
        break;
      }
    }
    if (copy == nullptr) return;
    for (const auto& command : ctx.script(run).commands) {
      auto kind = classify(command);
      if (!kind || !kind->is_os() || kind->action != "install") continue;
      ctx.report(kInfo, core::cover(command.words.front().span, command.words.back().span),
                 util::format("OS packages are installed after files are copied from the build context (line {}), "
                              "so every change to those files repeats this install; move the install above the COPY",
                              copy->start_line));
      return;
    }
  }
};

}  // namespace

const Rule& df021_system_packages_after_source() {
  static const SystemPackagesAfterSource rule;
  return rule;
}

}  // namespace plimsoll::rules
