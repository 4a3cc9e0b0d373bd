// BuildKit's quote-aware word splitter for ENV, LABEL and ARG: words split on unquoted
// whitespace, with quotes and escapes kept for the later expansion step.
#include "dockerfile/parser_internal.h"
#include "util/text.h"

namespace plimsoll::dockerfile::internal {

std::vector<Piece> parse_words(std::string_view text, char escape_char) {
  enum class Phase { kSpaces, kWord, kQuote };
  const char32_t escape = static_cast<unsigned char>(escape_char);
  std::vector<Piece> words;
  Phase phase = Phase::kSpaces;
  std::string word;
  std::size_t word_begin = 0;
  char32_t quote = 0;
  bool blank_ok = false;
  char32_t ch = 0;
  std::size_t width = 0;
  auto flush = [&](std::size_t end) {
    if (blank_ok || !word.empty()) words.push_back({std::move(word), word_begin, end});
    word.clear();
    blank_ok = false;
  };
  for (std::size_t pos = 0; pos <= text.size(); pos += width) {
    width = 0;
    if (pos != text.size()) ch = util::decode_utf8(text, pos, width);
    if (phase == Phase::kSpaces) {
      if (pos == text.size()) break;
      if (util::is_unicode_space(ch)) continue;
      phase = Phase::kWord;
      word_begin = pos;
    }
    if (pos == text.size()) {
      flush(pos);
      break;
    }
    if (phase == Phase::kWord) {
      if (util::is_unicode_space(ch)) {
        phase = Phase::kSpaces;
        flush(pos);
        continue;
      }
      if (ch == '\'' || ch == '"') {
        quote = ch;
        blank_ok = true;
        phase = Phase::kQuote;
      }
      if (ch == escape) {
        if (pos + width == text.size()) continue;  // an escape at the very end is dropped
        util::append_utf8(word, ch);
        pos += width;
        ch = util::decode_utf8(text, pos, width);
      }
      util::append_utf8(word, ch);
      continue;
    }
    // Phase::kQuote
    if (ch == quote) phase = Phase::kWord;
    if (ch == escape && quote != '\'') {
      if (pos + width == text.size()) {
        phase = Phase::kWord;
        continue;
      }
      util::append_utf8(word, ch);
      pos += width;
      ch = util::decode_utf8(text, pos, width);
    }
    util::append_utf8(word, ch);
  }
  return words;
}

}  // namespace plimsoll::dockerfile::internal
