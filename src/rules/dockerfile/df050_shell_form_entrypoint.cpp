// DF050 shell-form-entrypoint: shell form runs the process under /bin/sh -c, which does not
// forward SIGTERM, so containers stop only when killed.
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

// A JSON-array rewrite when the shell form is one plain command (no expansions, operators or
// redirections): then exec form means exactly the same thing, minus the shell.
std::optional<core::Fix> exec_form_fix(const dockerfile::Instruction& in) {
  if (in.args.empty()) return std::nullopt;
  sh::Script script = sh::parse_script(in.args[0].value);
  if (script.commands.size() != 1 || !script.diagnostics.empty()) return std::nullopt;
  const sh::Command& command = script.commands[0];
  if (!command.assignments.empty() || !command.redirects.empty()) return std::nullopt;
  std::string json = "[";
  for (std::size_t i = 0; i < command.words.size(); ++i) {
    if (command.words[i].has_expansion) return std::nullopt;
    json += (i ? ", " : "") + json_quote(command.words[i].value);
  }
  json += "]";
  return core::Fix{"Use the exec form", {{in.args[0].span, json}}};
}

class ShellFormEntrypoint final
    : public kit::InstructionRule<kInfo, dockerfile::Keyword::kCmd, dockerfile::Keyword::kEntrypoint> {
  void check(const dockerfile::Instruction& in, FileContext& ctx) const override {
    if (in.json || in.args.empty()) return;
    ctx.report(kInfo, in.args[0].span,
               util::format("{} in shell form runs under `/bin/sh -c`, which does not pass signals on; write it as a "
                            "JSON array, e.g. `{} [\"executable\", \"arg\"]`", in.keyword, in.keyword),
               exec_form_fix(in));
  }
};

}  // namespace

PLIMSOLL_RULE(df050_shell_form_entrypoint, ShellFormEntrypoint)

}  // namespace plimsoll::rules
