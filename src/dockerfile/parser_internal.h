// Pieces of the Dockerfile parser that BuildKit's own unit tests exercise one by one
// (json_array, words, flags, heredoc words). Internal: only the parser and tests use them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plimsoll::dockerfile::internal {

// A piece of text cut from a larger string, with its byte range in that string.
struct Piece {
  std::string value;
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Exec-form arguments: a complete JSON document that is an array, after leading whitespace.
enum class JsonArrayResult { kNotJson, kNotStringArray, kOk };
JsonArrayResult parse_json_string_array(std::string_view text, std::vector<Piece>& out);

// ENV/LABEL/ARG word splitting: quotes and escapes kept, split on unquoted whitespace.
std::vector<Piece> parse_words(std::string_view text, char escape);

// Leading `--flag` words. Returns the offset in `text` where the arguments start.
std::size_t extract_builder_flags(std::string_view text, char escape, std::vector<Piece>& flags);

struct HeredocWord {
  std::string name;
  bool expand = true;
  bool chomp = false;
  int file_descriptor = 0;
};
enum class HeredocWordResult { kNotHeredoc, kError, kHeredoc };
HeredocWordResult parse_heredoc_word(std::string_view word, HeredocWord& out);
// The heredocs a whole instruction line opens, in order; empty when the line does not lex.
std::vector<HeredocWord> heredocs_from_line(std::string_view line);

}  // namespace plimsoll::dockerfile::internal
