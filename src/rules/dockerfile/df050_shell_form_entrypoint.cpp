// DF050 shell-form-entrypoint: shell form runs the process under /bin/sh -c, which does not
// forward SIGTERM, so containers stop only when killed.
#include <algorithm>
#include <set>
#include <string_view>

#include "rules/dockerfile/helpers.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "sh/script.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF050", "shell-form-entrypoint", core::Severity::kWarning, "dockerfile",
                         "CMD and ENTRYPOINT must use the exec (JSON) form.", "df050_shell_form_entrypoint",
                         {}, Fixes::kOffered};

// What `/bin/sh -c` does to a word that exec form would not: the parser marks variables,
// substitutions and globs; this adds an unquoted leading `~` (or one after `=` or `:`, which
// some shells expand in arguments too) and an unquoted `{`, which bash (the /bin/sh of some
// bases) brace-expands.
bool shell_expands(const sh::Word& word) {
  if (word.has_expansion) return true;
  const std::string& raw = word.raw;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (c == '\\') {
      ++i;
    } else if (c == '\'') {
      i = raw.find('\'', i + 1);
      if (i == std::string::npos) return true;
    } else if (c == '"') {
      for (++i; i < raw.size() && raw[i] != '"'; ++i) i += raw[i] == '\\' ? 1 : 0;
    } else if (c == '~' && (i == 0 || raw[i - 1] == '=' || raw[i - 1] == ':')) {
      return true;
    } else if (c == '{' || c == '}') {
      return true;
    }
  }
  return false;
}

// Words a shell runs itself: exec form would look for a program of that name, or find one
// that behaves differently (dash's echo reads backslash escapes, /bin/echo does not).
bool shell_runs_itself(const std::vector<sh::Word>& words) {
  static const std::set<std::string_view> kBuiltins = {
      "!", "{", "}", "(", "[[", "if", "then", "elif", "else", "fi", "case", "esac", "for", "while", "until", "do", "done",
      "function", "select", "time", ".", ":", "source", "eval", "export", "readonly", "local", "set", "unset", "cd",
      "exit", "return", "shift", "trap", "ulimit", "umask", "alias", "wait", "command", "builtin", "hash", "read",
      "break", "continue", "getopts", "type", "times", "exec"};
  const std::string& program = words.front().value;
  if (kBuiltins.contains(program)) return true;
  return program == "echo" && std::any_of(words.begin(), words.end(), [](const sh::Word& w) { return w.value.find('\\') != std::string::npos; });
}

// Whether the stage around `in` makes exec form mean something else: a SHELL that is not
// `/bin/sh -c` runs the shell form; CMD becomes the arguments of an ENTRYPOINT set here (they
// were `/bin/sh -c …`); a shell-form ENTRYPOINT drops the stage's CMD, which exec form keeps.
bool stage_changes_meaning(const dockerfile::Instruction& in, FileContext& ctx) {
  const auto& stages = ctx.model().stages;
  int index = ctx.stage_index();
  if (index < 0 || index >= static_cast<int>(stages.size())) return true;
  const dockerfile::Stage& stage = stages[static_cast<std::size_t>(index)];
  if (stage.shell != std::vector<std::string>{"/bin/sh", "-c"} || !stage.shell_changes.empty()) return true;
  if (in.kind == dockerfile::Keyword::kCmd) return stage.entrypoint != nullptr;
  return std::any_of(stage.instructions.begin(), stage.instructions.end(),
                     [](const dockerfile::Instruction* i) { return i->kind == dockerfile::Keyword::kCmd; });
}

// A JSON-array rewrite only when exec form runs exactly what the shell would have: one plain
// command of a program (no expansion of any kind, operators, redirections, assignments or
// builtins), in a stage where the form does not change what CMD and ENTRYPOINT combine to.
// Anything else gets no fix: a fix applied by default must not change behaviour.
std::optional<core::Fix> exec_form_fix(const dockerfile::Instruction& in, FileContext& ctx) {
  if (in.args.empty()) return std::nullopt;
  sh::Script script = sh::parse_script(in.args[0].value);
  if (script.commands.size() != 1 || !script.diagnostics.empty()) return std::nullopt;
  const sh::Command& command = script.commands[0];
  if (!command.assignments.empty() || !command.redirects.empty() || command.words.empty()) return std::nullopt;
  if (shell_runs_itself(command.words) || stage_changes_meaning(in, ctx)) return std::nullopt;
  std::string json = "[";
  for (std::size_t i = 0; i < command.words.size(); ++i) {
    if (shell_expands(command.words[i])) return std::nullopt;
    json += (i ? ", " : "") + json_quote(command.words[i].value);
  }
  json += "]";
  // Unsafe even so: the program replaces `/bin/sh` as PID 1 on shells that do not exec a lone
  // command, a script without a `#!` line runs under sh but fails to exec, and an exec-form
  // ENTRYPOINT takes `docker run` arguments and compose's `command:` that the shell form ignored.
  return core::Fix{"Use the exec form", {{in.args[0].span, json}}, core::Applicability::kUnsafe};
}

class ShellFormEntrypoint final
    : public kit::InstructionRule<kInfo, dockerfile::Keyword::kCmd, dockerfile::Keyword::kEntrypoint> {
  void check(const dockerfile::Instruction& in, FileContext& ctx) const override {
    if (in.json || in.args.empty()) return;
    ctx.report(kInfo, in.args[0].span,
               util::format("{} in shell form runs under `/bin/sh -c`, which does not pass signals on; write it as a "
                            "JSON array, e.g. `{} [\"executable\", \"arg\"]`", in.keyword, in.keyword),
               exec_form_fix(in, ctx));
  }
};

}  // namespace

PLIMSOLL_RULE(df050_shell_form_entrypoint, ShellFormEntrypoint)

}  // namespace plimsoll::rules
