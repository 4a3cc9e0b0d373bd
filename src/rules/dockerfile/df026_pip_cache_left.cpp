// DF026 pip-cache-left: pip keeps every downloaded wheel in ~/.cache/pip, which then ships in
// the layer unless the install says --no-cache-dir or the cache lives in a cache mount.
#include "rules/dockerfile/helpers.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/text.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF026", "pip-cache-left", core::Severity::kWarning, "dockerfile",
                         "`pip install` must use `--no-cache-dir` (or `PIP_NO_CACHE_DIR`) unless a cache mount is used.",
                         "df026_pip_cache_left", {}, Fixes::kOffered};

// pip reads PIP_NO_CACHE_DIR with strtobool, and for backward compatibility disables the cache
// for a false value too: `0`, `false`, `no`, `off` turn the cache off just as `1` does. An
// empty value is ignored, and a word strtobool does not know stops pip with an error.
bool pip_disables_cache(std::string_view value) {
  std::string v = util::to_lower_ascii(util::trim_ascii_space(value));
  for (std::string_view b : {"1", "0", "y", "n", "t", "f", "yes", "no", "true", "false", "on", "off"}) {
    if (v == b) return true;
  }
  return false;
}

class PipCacheLeft final : public kit::InstructionRule<kInfo, dockerfile::Keyword::kRun> {
  void check(const dockerfile::Instruction& run, FileContext& ctx) const override {
    const dockerfile::Stage* stage = current_stage(ctx);
    if (stage == nullptr || has_cache_mount(run, "pip") || mounted_over(run, "/root/.cache/pip") || !is_posix_shell(shell_at(ctx.model(), *stage, run))) return;
    for (const auto& command : ctx.script(run).commands) {
      const dockerfile::InstallerCommand* installer = ctx.installer(command);
      bool pip = installer != nullptr &&
                 (installer->kind.program.rfind("pip", 0) == 0 || installer->kind.program.rfind("python", 0) == 0);
      if (!pip || installer->kind.subcommand != "install") continue;
      if (installer->has("--no-cache-dir")) continue;
      if (auto v = env_for(*stage, command, "PIP_NO_CACHE_DIR"); v && pip_disables_cache(*v)) continue;
      const sh::Word* install = nullptr;
      for (const auto& w : command.words) {
        if (w.value == "install") {
          install = &w;
          break;
        }
      }
      std::optional<core::Fix> fix;
      if (install != nullptr && !run.json) fix = core::Fix{"Add --no-cache-dir", {{{install->span.end, install->span.end}, " --no-cache-dir"}}, core::Applicability::kSafe};
      ctx.report(kInfo, core::cover(command.words.front().span, command.words.back().span),
                 "`pip install` keeps its download cache in the layer; add `--no-cache-dir`, or use "
                 "`RUN --mount=type=cache,target=/root/.cache/pip`",
                 std::move(fix));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df026_pip_cache_left, PipCacheLeft)

}  // namespace plimsoll::rules
