// DF059 no-init-for-pid1: PID 1 gets no default signal handlers and must reap orphans. Node and
// shell scripts do neither, so `docker stop` waits for SIGKILL and zombies pile up.
#include <algorithm>
#include <string>
#include <vector>

#include "knowledge/base_images.h"
#include "rules/context/build_contexts.h"
#include "rules/dockerfile/entrypoint_scripts.h"
#include "rules/dockerfile/platform.h"
#include "rules/dockerfile/runtime.h"
#include "rules/file_context.h"
#include "rules/kit/project_shapes.h"
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

// One Dockerfile's shipped targets: what becomes PID 1, following an entrypoint script from the
// build context to what it `exec`s.
class Pid1Check {
 public:
  Pid1Check(const project::Project& project, FileContext& file, const BuildContext* build,
            std::vector<std::string> programs)
      : project_(project), file_(file), build_(build), programs_(std::move(programs)) {}

  void stage(const dockerfile::Stage& stage) {
    // Windows containers have no POSIX PID 1 semantics to get wrong.
    if (is_windows_stage(file_.model(), stage)) return;
    std::vector<StartupWord> argv = startup_argv(stage);
    if (skip_init(argv) != 0) return;
    chain_ = from_chain(file_.model(), stage.index);
    evaluate(argv, 0, {});
  }

 private:
  // `argv` from its first word; `handed_over` names the script whose `exec "$@"` led here.
  void evaluate(const std::vector<StartupWord>& argv, int depth, const std::string& handed_over) {
    if (argv.empty() || argv[0].shell_text) return;
    std::size_t index = 0;
    if (auto script = shell_script_index(argv, 0)) {
      // `sh -c '… && exec node app.js'`: what the wrapper execs last.
      sh::Script parsed = parse_script_word(file_, argv[*script]);
      const sh::Command* last = nullptr;
      for (const auto& c : parsed.commands) {
        if (c.nesting == 0 && !c.empty()) last = &c;
      }
      if (last == nullptr || last->program() != "exec" || last->words.size() < 2) return;
      report_if_listed(last->words[1], handed_over);
      return;
    }
    if (is_shell_program(argv[0].word.value)) {
      if (argv.size() < 2 || argv[1].word.value.starts_with("-")) return;
      index = 1;  // `sh script.sh …`
    }
    const sh::Word& word = argv[index].word;
    std::string program(path_basename(word.value));
    if (!program.ends_with(".sh")) {
      report_if_listed(word, handed_over);
      return;
    }
    std::optional<std::string> text;
    if (build_ != nullptr && depth < 2) text = copied_script(project_, *build_, chain_, word.value);
    if (!text) {
      // The script is not in the context to read: a shell as PID 1 is the likely case.
      report(word, program, handed_over, {});
      return;
    }
    ScriptEnd end = script_end(sh::parse_script(*text));
    switch (end.kind) {
      case ScriptEnd::Kind::kRunsInit:
        return;
      case ScriptEnd::Kind::kExecArgs: {
        // The script's arguments (the CMD) replace it as PID 1.
        std::vector<StartupWord> rest(argv.begin() + static_cast<std::ptrdiff_t>(index) + 1, argv.end());
        evaluate(rest, depth + 1, program);
        return;
      }
      case ScriptEnd::Kind::kExecProgram:
        if (listed(end.program)) {
          report(word, end.program, {},
                 util::format("`{}` ends in `exec {}`, so ", program, end.program));
        }
        return;
      case ScriptEnd::Kind::kStaysPid1:
        report(word, program, handed_over, util::format("`{}` does not `exec` its last command, so ", program));
        return;
    }
  }

  bool listed(std::string_view program) const {
    return std::find(programs_.begin(), programs_.end(), program) != programs_.end();
  }

  void report_if_listed(const sh::Word& word, const std::string& handed_over) {
    std::string program(path_basename(word.value));
    if (listed(program) || program.ends_with(".sh")) report(word, program, handed_over, {});
  }

  void report(const sh::Word& word, const std::string& program, const std::string& handed_over, std::string why) {
    if (why.empty() && !handed_over.empty()) {
      why = util::format("`{}` hands PID 1 to the CMD with `exec \"$@\"`, so ", handed_over);
    }
    file_.report(kInfo, word.span,
                 util::format("{}`{}` runs as PID 1, where it neither reaps zombie processes nor gets default signal "
                              "handling; start it under an init: `ENTRYPOINT [\"tini\", \"--\"]` (install tini) or "
                              "`dumb-init`, or run the container with `--init`",
                              why, program));
  }

  const project::Project& project_;
  FileContext& file_;
  const BuildContext* build_;
  std::vector<std::string> programs_;  // the `programs` option
  std::vector<const dockerfile::Stage*> chain_;
};

// A project rule because an entrypoint script is read from the build context the Dockerfile is
// built from (rules/context/build_contexts.h); each Dockerfile is still judged on its own.
class NoInitForPid1 final : public kit::ProjectRule<kInfo> {
  void check(ProjectContext& ctx) const override {
    const std::vector<BuildContext>& builds = build_contexts(ctx);
    for (const project::LoadedDockerfile& d : ctx.project().dockerfiles) {
      if (!d.checked || !d.source || mentions_run_with_init(d.file)) continue;
      const BuildContext* build = nullptr;
      for (const auto& b : builds) {
        if (b.dockerfile == &d) build = &b;
      }
      const RuleSettings& settings = ctx.settings(d.path);
      FileContext file(*d.source, d.file, d.model, settings);
      Pid1Check pid1(ctx.project(), file, build, option<kPrograms>(settings));
      for (int index : file.shipped_targets()) pid1.stage(d.model.stages[static_cast<std::size_t>(index)]);
      for (Reported& r : file.reported()) {
        r.source = d.source;
        ctx.reported().push_back(std::move(r));
      }
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df059_no_init_for_pid1, NoInitForPid1)

}  // namespace plimsoll::rules
