// Heredoc recognition as BuildKit does it: the instruction line is split by the shell lexer
// (always with `\` as escape), and each word of the form [fd]<<[-]NAME opens a heredoc.
#include "dockerfile/parser_internal.h"
#include "dockerfile/shell_lexer.h"
#include "util/text.h"

namespace plimsoll::dockerfile::internal {
namespace {

class NoEnvironment final : public Environment {
 public:
  std::optional<std::string_view> get(std::string_view) const override { return std::nullopt; }
};

std::size_t count_quotes(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (c == '\'' || c == '"');
  return n;
}

// Go's \s: [\t\n\f\r ].
bool is_re_space(char c) { return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' '; }

}  // namespace

HeredocWordResult parse_heredoc_word(std::string_view word, HeredocWord& out) {
  // ^(\d*)<<(-?)\s*([^<]*)$
  std::size_t pos = 0;
  while (pos < word.size() && util::is_ascii_digit(word[pos])) ++pos;
  std::string_view digits = word.substr(0, pos);
  if (word.substr(pos, 2) != "<<") return HeredocWordResult::kNotHeredoc;
  pos += 2;
  bool chomp = pos < word.size() && word[pos] == '-';
  if (chomp) ++pos;
  while (pos < word.size() && is_re_space(word[pos])) ++pos;
  std::string_view rest = word.substr(pos);
  if (rest.find('<') != std::string_view::npos || rest.empty()) return HeredocWordResult::kNotHeredoc;

  NoEnvironment env;
  LexerOptions options;
  options.skip_unset_env = true;
  Expansion plain = ShellLexer(options).process_words(rest, env);
  if (!plain.ok()) return HeredocWordResult::kError;
  if (plain.words.size() != 1) return HeredocWordResult::kNotHeredoc;
  options.raw_quotes = true;
  Expansion raw = ShellLexer(options).process_words(rest, env);
  if (!raw.ok() || raw.words.size() != 1) return HeredocWordResult::kError;

  out.name = plain.words[0];
  out.expand = count_quotes(plain.words[0]) == count_quotes(raw.words[0]);
  out.chomp = chomp;
  out.file_descriptor = 0;
  for (char d : digits) {
    out.file_descriptor = out.file_descriptor * 10 + (d - '0');
    if (out.file_descriptor > 1'000'000) break;
  }
  return HeredocWordResult::kHeredoc;
}

std::vector<HeredocWord> heredocs_from_line(std::string_view line) {
  NoEnvironment env;
  LexerOptions options;
  options.raw_quotes = true;
  options.raw_escapes = true;
  options.skip_unset_env = true;
  Expansion words = ShellLexer(options).process_words(line, env);
  std::vector<HeredocWord> docs;
  if (!words.ok()) return docs;  // a line that does not lex opens no heredoc
  for (const std::string& word : words.words) {
    HeredocWord doc;
    if (parse_heredoc_word(word, doc) == HeredocWordResult::kHeredoc) docs.push_back(std::move(doc));
  }
  return docs;
}

}  // namespace plimsoll::dockerfile::internal
