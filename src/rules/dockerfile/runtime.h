// What a shipped image starts and how it is probed: the main process's argv (ENTRYPOINT then
// CMD), init processes and `sh -c` wrappers in front of it, and the commands of a HEALTHCHECK.
// Shared by the runtime-contract rules so they agree on what "the command" is.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dockerfile/ast.h"
#include "dockerfile/model.h"
#include "rules/file_context.h"
#include "sh/script.h"

namespace plimsoll::rules {

// One word of the startup argv and the instruction it came from. A shell-form instruction
// contributes the stage's SHELL words (spanning its keyword) and then its text as one word.
struct StartupWord {
  sh::Word word;
  const dockerfile::Instruction* via = nullptr;
  bool shell_text = false;  // the text of a shell-form instruction
};

// ENTRYPOINT's words then CMD's; CMD is ignored after a shell-form ENTRYPOINT, as Docker does.
std::vector<StartupWord> startup_argv(const dockerfile::Stage& stage);

std::string_view path_basename(std::string_view path);
bool is_shell_program(std::string_view program);  // sh, bash, dash, ash, zsh, ksh
// tini, dumb-init, catatonit, s6's /init, docker-init: processes that reap and forward signals.
bool is_init_program(std::string_view program);

// The index of the first word after a leading init process and its options (0 without one).
std::size_t skip_init(const std::vector<StartupWord>& argv);

// For `sh -c SCRIPT …` starting at `start` (also bash/dash, -ec, -lc): the index of SCRIPT.
std::optional<std::size_t> shell_script_index(const std::vector<StartupWord>& argv, std::size_t start);

// Parses a wrapper's script word. Exec-form words whose JSON source has no escapes map offsets
// exactly (`exact`); otherwise spans are approximate and point into the word.
sh::Script parse_script_word(FileContext& ctx, const StartupWord& word, bool* exact = nullptr);

// The last top-level command of a wrapper's script when it is a program the shell should have
// exec'd (DF051, DC023): the shell stays PID 1 and does not pass SIGTERM on. A lone simple
// command is left alone (bash, dash and busybox sh exec it themselves), and so is a script that
// traps signals, or ends in `wait`, `exit`, a pipeline or a background job.
const sh::Command* unexeced_last_command(const sh::Script& script);

// Every command the container starts: the argv as one command, then the commands of a shell
// wrapper's script or of a shell-form instruction's text.
std::vector<sh::Command> startup_commands(FileContext& ctx, const dockerfile::Stage& stage);

// The commands a HEALTHCHECK runs (empty for NONE): its exec-form argv as one command (plus a
// wrapper's script), or its shell-form text parsed as sh.
std::vector<sh::Command> healthcheck_commands(FileContext& ctx, const dockerfile::Instruction& check);

// The target and the stages it is built FROM, target first.
std::vector<const dockerfile::Stage*> from_chain(const dockerfile::Model& model, int target);

// Every OS package installed by a RUN in the stages of `chain`.
std::vector<std::string> os_packages_in_chain(FileContext& ctx, const std::vector<const dockerfile::Stage*>& chain);

// A port the image's own configuration says the service uses, and where it says so.
struct PortClaim {
  uint32_t port = 0;
  core::Span span;
  std::string source;  // for messages: "`--port 8000` in CMD", "`ENV PORT=8001`"
};

// Server programs that listen on a port even when no port flag is given.
bool is_server_program(std::string_view program);
// `--port N`, `--port=N`, `--bind HOST:N`, `-b :N`, `--listen`, `--http-port`, `runserver HOST:N`
// in the startup commands; `$VAR`s in a shell script are expanded with the stage's environment.
std::vector<PortClaim> command_ports(FileContext& ctx, const dockerfile::Stage& stage);
// The port of a `http(s)://localhost[:N]` URL the HEALTHCHECK probes (80/443 when implicit).
std::optional<PortClaim> healthcheck_port(FileContext& ctx, const dockerfile::Stage& stage);
// Digits only, 1–65535; 0 otherwise.
uint32_t parse_port_number(std::string_view text);

// A stage built on `scratch` (directly or through `FROM <stage>`) with no ENTRYPOINT or CMD: no
// container can start from it. It exports files (`docker build --output`, `COPY --from` by
// another build), so rules about a running container's user or health do not apply.
bool is_export_only(const dockerfile::Model& model, const dockerfile::Stage& stage);

// `sh::Command` words as plain strings.
std::vector<std::string_view> command_values(const sh::Command& command);

}  // namespace plimsoll::rules
