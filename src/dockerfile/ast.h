// The Dockerfile syntax tree, shaped like BuildKit's parser output (one node per instruction,
// arguments in the order BuildKit chains them) plus exact byte spans for everything.
// A Dockerfile value owns all its strings; spans index the SourceFile it was parsed from.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/location.h"
#include "dockerfile/typed.h"

namespace plimsoll::dockerfile {

enum class Keyword : uint8_t {
  kUnknown,
  kAdd,
  kArg,
  kCmd,
  kCopy,
  kEntrypoint,
  kEnv,
  kExpose,
  kFrom,
  kHealthcheck,
  kLabel,
  kMaintainer,
  kOnbuild,
  kRun,
  kShell,
  kStopsignal,
  kUser,
  kVolume,
  kWorkdir,
};

Keyword keyword_from_string(std::string_view word);  // case-insensitive; kUnknown otherwise
std::string_view keyword_name(Keyword keyword);      // upper case, "" for kUnknown

// A `--name[=value]` word before the arguments.
struct Flag {
  std::string text;   // the word after BuildKit's quote/escape removal, e.g. "--from=builder"
  std::string name;   // "from"
  std::string value;  // "builder"; empty when there is no '='
  bool has_value = false;
  core::Span span;  // the raw word in the file
};

// One argument node of BuildKit's chain. For ENV and LABEL the chain is
// key, value, separator triples ("=" for `k=v`, "" for the legacy `k v`).
struct Argument {
  std::string value;  // exactly what BuildKit stores (and `debug ast` prints)
  core::Span span;    // the source text it came from (may cross continuation lines)
};

struct Heredoc {
  std::string name;
  std::string content;  // body lines with their own terminators; <<- tabs NOT stripped here
  bool expand = true;   // false when any part of the name was quoted
  bool chomp = false;   // <<- form
  int file_descriptor = 0;
  core::Span word_span;  // the <<NAME word on the instruction line
  core::Span body_span;  // the body lines, without the terminator line
};

struct Instruction {
  Keyword kind = Keyword::kUnknown;
  std::string keyword;  // as written ("from", "Run", ...)
  core::Span keyword_span;
  std::vector<Flag> flags;
  std::vector<Argument> args;
  bool json = false;      // exec (JSON array) form
  std::string original;   // the joined logical line, heredoc bodies excluded
  std::vector<Heredoc> heredocs;
  std::unique_ptr<Instruction> onbuild;  // the wrapped instruction of ONBUILD
  uint32_t start_line = 0;  // 1-based physical lines, as BuildKit counts them
  uint32_t end_line = 0;
  core::Span span;  // keyword start to the end of the last line consumed (heredocs included)
  std::vector<std::string> prev_comments;  // comment texts since the previous instruction
  Typed typed;  // the arguments read once as BuildKit's instruction layer reads them
};

struct Directive {
  std::string key;    // lower case: "syntax", "escape" or "check"
  std::string value;  // as written, trailing whitespace removed
  core::Span span;    // the whole directive line
};

struct Comment {
  std::string text;  // after '#', trimmed
  core::Span span;   // the whole comment line
  uint32_t line = 0;
};

struct Dockerfile {
  std::vector<Instruction> instructions;
  std::vector<Directive> directives;
  std::vector<Comment> comments;  // every comment line outside heredoc bodies, in order
  char escape = '\\';
  // Parser warnings (e.g. empty continuation lines) and errors. The parse goes on after an
  // error where it can; `ok()` is what BuildKit's parser would answer.
  std::vector<core::Diagnostic> diagnostics;
  // BuildKit's instruction-layer errors found while typing arguments (`--mount` fields,
  // HEALTHCHECK options, heredoc destinations). Kept apart: `ok()` answers for the parser only.
  std::vector<core::Diagnostic> instruction_diagnostics;

  bool ok() const;
};

}  // namespace plimsoll::dockerfile
