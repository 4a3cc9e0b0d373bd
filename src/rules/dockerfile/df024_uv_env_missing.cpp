// DF024 uv-env-missing: uv defaults that suit laptops, not images: bytecode is compiled lazily
// at first import (slow cold starts), and a cache mount cannot be hard-linked from.
#include "rules/dockerfile/helpers.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF024", "uv-env-missing", core::Severity::kInfo, "dockerfile",
                         "A uv builder should set `UV_COMPILE_BYTECODE=1`; a uv cache mount needs `UV_LINK_MODE=copy`.",
                         "df024_uv_env_missing"};

class UvEnvMissing final : public kit::InstructionRule<kInfo, dockerfile::Keyword::kRun> {
  void check(const dockerfile::Instruction& run, FileContext& ctx) const override {
    const dockerfile::Stage* stage = current_stage(ctx);
    if (stage == nullptr) return;
    for (const auto& command : ctx.script(run).commands) {
      const dockerfile::InstallerCommand* installer = ctx.installer(command);
      if (!installer || installer->kind.program != "uv") continue;
      core::Span span = core::cover(command.words.front().span, command.words.back().span);
      auto compile = env_for(*stage, command, "UV_COMPILE_BYTECODE");
      if (!(compile && is_truthy(*compile)) && !installer->has("--compile-bytecode")) {
        ctx.report(kInfo, span,
                   "uv installs without compiling bytecode, so the first import of every module pays for it at "
                   "start-up; set `ENV UV_COMPILE_BYTECODE=1` (or pass `--compile-bytecode`)");
      }
      auto link = env_for(*stage, command, "UV_LINK_MODE");
      if (has_cache_mount(run, "uv") && !(link && *link == "copy") && installer->value_of("--link-mode") != "copy") {
        ctx.report(kInfo, span,
                   "uv hard-links files out of its cache, but a cache mount is not part of the image; set "
                   "`ENV UV_LINK_MODE=copy`");
      }
      return;  // one uv install per RUN is enough to say it
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df024_uv_env_missing, UvEnvMissing)

}  // namespace plimsoll::rules
