// DF034 apk-cache-left: `apk add` without --no-cache leaves the package index in the layer.
#include "rules/dockerfile/helpers.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF034", "apk-cache-left", core::Severity::kWarning, "dockerfile",
                         "`apk add` needs `--no-cache`.", "df034_apk_cache_left", {}, Fixes::kOffered};

class ApkCacheLeft final : public kit::InstructionRule<kInfo, dockerfile::Keyword::kRun> {
  void check(const dockerfile::Instruction& run, FileContext& ctx) const override {
    if (mounted_over(run, "/var/cache/apk")) return;
    const auto& commands = ctx.script(run).commands;
    bool cleaned = false;
    for (const auto& command : commands) {
      if (command.program() != "rm") continue;
      for (auto arg : command.arguments()) cleaned = cleaned || arg.rfind("/var/cache/apk", 0) == 0;
    }
    if (cleaned) return;
    for (const auto& command : commands) {
      const dockerfile::InstallerCommand* installer = ctx.installer(command);
      if (installer == nullptr || installer->kind.program != "apk" || installer->has("--no-cache")) continue;
      const sh::Word& add = command.words[1].value == "add" ? command.words[1] : command.words.back();
      std::optional<core::Fix> fix;
      if (command.words[1].value == "add" && !run.json) {
        fix = core::Fix{"Add --no-cache", {{{add.span.end, add.span.end}, " --no-cache"}}, core::Applicability::kSafe};
      }
      ctx.report(kInfo, core::cover(command.words.front().span, command.words.back().span),
                 "`apk add` without `--no-cache` leaves the package index in the layer", std::move(fix));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df034_apk_cache_left, ApkCacheLeft)

}  // namespace plimsoll::rules
