// A RUN body as sh sees it: every simple command with its program, arguments, assignments and
// redirections, and how it is joined to the previous one. Nested scripts (`sh -c '…'`,
// `$(…)`, backticks) are parsed too, so rules ask about commands instead of matching text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/location.h"

namespace plimsoll::sh {

struct Word {
  std::string raw;    // as written
  std::string value;  // quotes and escapes removed; expansions kept as written
  bool has_expansion = false;  // $VAR, ${…}, $(…), backticks or an unquoted glob
  core::Span span;    // in the caller's coordinates (base offset applied)
};

struct Redirect {
  std::string op;  // ">", ">>", "<", "2>&1" is op ">&" with fd "2", "<<", "<<-", "<<<", ...
  std::string fd;
  Word target;           // file, fd or heredoc delimiter
  std::string heredoc;   // body for << and <<-
};

enum class Joiner { kStart, kSequence, kAnd, kOr, kPipe, kBackground };

struct Command {
  std::vector<Word> assignments;  // leading NAME=value words
  std::vector<Word> words;        // program and arguments
  std::vector<Redirect> redirects;
  Joiner joined_by = Joiner::kStart;  // how it follows the previous command at its level
  bool in_pipeline = false;           // joined to a neighbour with | or |&
  int nesting = 0;                    // 0 top level; +1 per sh -c, $( ) or backticks
  int subshell = 0;                   // inside this many `( … )` groups of its own script
  core::Span span;

  bool empty() const { return words.empty(); }
  // The program's basename ("/usr/bin/apt-get" → "apt-get"); empty for bare assignments.
  std::string_view program() const;
  // The argument values after the program.
  std::vector<std::string_view> arguments() const;
  // True when an argument equals `flag` or a combined short-flag word contains it (-y in -qy).
  bool has_flag(std::string_view flag) const;
};

struct Script {
  std::vector<Command> commands;  // in source order, nested scripts after their host command
  std::vector<core::Diagnostic> diagnostics;

  bool has_pipeline() const;
  // `set -o pipefail` or a combined short form (`set -eo pipefail`) before any pipeline.
  bool sets_pipefail() const;
};

// Parses `text`; spans are offsets into `text` plus `base_offset`.
Script parse_script(std::string_view text, uint32_t base_offset = 0);

}  // namespace plimsoll::sh
