// DF059 no-init-for-pid1: PID 1 gets no default signal handlers and must reap orphans. Node and
// shell scripts do neither, so `docker stop` waits for SIGKILL and zombies pile up.
#include <algorithm>
#include <string>
#include <vector>

#include "rules/dockerfile/platform.h"
#include "rules/dockerfile/runtime.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr kit::ListOption kPrograms{"programs", "node,nodejs,npm,npx,yarn,pnpm",
    "programs that should not run as PID 1 without an init (besides *.sh scripts)"};
constexpr OptionSpec kOptions[] = {kPrograms};

constexpr RuleInfo kInfo{"DF059", "no-init-for-pid1", core::Severity::kInfo, "dockerfile",
                         "Interpreters that do not reap or forward signals as PID 1 (node, shell scripts) should "
                         "run under an init (`tini`, `dumb-init`) or `docker run --init`.",
                         "df059_no_init_for_pid1", kOptions};

// A comment that mentions `--init` records that the image is meant to be run with it.
bool mentions_run_with_init(const dockerfile::Dockerfile& file) {
  return std::any_of(file.comments.begin(), file.comments.end(),
                     [](const dockerfile::Comment& c) { return c.text.find("--init") != std::string::npos; });
}

// The word that becomes PID 1: the first argv word, what `sh script.sh` runs, or what a
// wrapper script `exec`s last.
const sh::Word* pid1_word(FileContext& ctx, const std::vector<StartupWord>& argv, sh::Script& script_storage) {
  if (argv.empty() || argv[0].shell_text) return nullptr;
  if (auto script = shell_script_index(argv, 0)) {
    script_storage = parse_script_word(ctx, argv[*script]);
    const sh::Command* last = nullptr;
    for (const auto& c : script_storage.commands) {
      if (c.nesting == 0 && !c.empty()) last = &c;
    }
    if (last == nullptr || last->program() != "exec" || last->words.size() < 2) return nullptr;
    return &last->words[1];
  }
  if (is_shell_program(argv[0].word.value)) {
    return argv.size() > 1 && !argv[1].word.value.starts_with("-") ? &argv[1].word : nullptr;
  }
  return &argv[0].word;
}

class NoInitForPid1 final : public kit::DockerfileRule<kInfo> {
  void check(FileContext& ctx) const override {
    if (mentions_run_with_init(ctx.file())) return;
    for (int index : ctx.shipped_targets()) check_stage(ctx, ctx.model().stages[static_cast<std::size_t>(index)]);
  }

 private:
  static void check_stage(FileContext& ctx, const dockerfile::Stage& stage) {
    // Windows containers have no PID 1 duties to hand to tini or dumb-init.
    if (is_windows_stage(ctx.model(), stage)) return;
    std::vector<StartupWord> argv = startup_argv(stage);
    if (skip_init(argv) != 0) return;
    sh::Script storage;
    const sh::Word* word = pid1_word(ctx, argv, storage);
    if (word == nullptr) return;
    std::string program(path_basename(word->value));
    auto programs = option<kPrograms>(ctx.settings());
    bool listed = std::find(programs.begin(), programs.end(), program) != programs.end();
    if (!listed && !program.ends_with(".sh")) return;
    ctx.report(kInfo, word->span,
               util::format("`{}` runs as PID 1, where it neither reaps zombie processes nor gets default signal "
                            "handling; start it under an init: `ENTRYPOINT [\"tini\", \"--\"]` (install tini) or "
                            "`dumb-init`, or run the container with `--init`",
                            program));
  }
};

}  // namespace

PLIMSOLL_RULE(df059_no_init_for_pid1, NoInitForPid1)

}  // namespace plimsoll::rules
