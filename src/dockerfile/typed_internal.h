// Pieces of the typed instruction layer shared by its per-family files (typed_*.cpp) and their
// tests. Internal: only `parse` fills the typed view, through type_instructions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "dockerfile/ast.h"

namespace plimsoll::dockerfile::internal {

// What every family needs while typing one instruction.
struct TypingContext {
  std::string_view text;  // the whole file
  char escape = '\\';
  std::vector<core::Diagnostic>* diagnostics = nullptr;
  // The heredocs the typed instruction may refer to (an ONBUILD's trigger uses the ONBUILD's).
  const std::vector<Heredoc>* heredocs = nullptr;

  void error(core::Span span, std::string message) const {
    diagnostics->push_back({core::Severity::kError, span, std::move(message)});
  }
};

// Maps byte ranges of a flag's text (after BuildKit's quote removal) back to the file. When the
// word cannot be mapped byte for byte (it crossed a continuation line), every range maps to the
// whole word.
class FlagText {
 public:
  FlagText(const Flag& flag, const TypingContext& ctx);
  // Span of [begin, end) in flag.value (offsets after the `=`).
  core::Span value_span(std::size_t begin, std::size_t end) const;
  core::Span value_span() const { return value_span(0, value_size_); }

 private:
  struct Range {
    uint32_t begin;
    uint32_t end;
  };
  core::Span word_;
  std::size_t value_offset_ = 0;  // where the value starts in the flag text
  std::size_t value_size_ = 0;
  std::vector<Range> bytes_;  // per byte of the flag text; empty when unmappable
};

StringFlag string_flag(const Flag& flag, const TypingContext& ctx);
BoolFlag bool_flag(const Flag& flag);

// Quote and escape removal as BuildKit's expansion does it, with variables left as written;
// the text itself when it does not lex.
std::string unquote(std::string_view raw, char escape);

// Fills Instruction::typed for every instruction and ONBUILD trigger of `file`, whose spans
// index `text`; errors go to file.instruction_diagnostics.
void type_instructions(Dockerfile& file, std::string_view text);

// One family each.
void type_key_values(const Instruction& in, const TypingContext& ctx, Typed& out);
void type_arg(const Instruction& in, const TypingContext& ctx, Typed& out);
void type_copy(const Instruction& in, const TypingContext& ctx, Typed& out);
void type_run(const Instruction& in, const TypingContext& ctx, Typed& out);
void type_healthcheck(const Instruction& in, const TypingContext& ctx, Typed& out);

// BuildKit's `--mount` value grammar: CSV fields, then key=value meanings. `value_span` maps
// offsets of `value` to the file. Errors are reported and leave `valid` false.
Mount parse_mount(std::string_view value, const FlagText& spans, core::Span flag_span, const TypingContext& ctx);

// Go's time.ParseDuration, in nanoseconds; nullopt when Go would reject the text.
std::optional<int64_t> parse_go_duration(std::string_view text);

}  // namespace plimsoll::dockerfile::internal
