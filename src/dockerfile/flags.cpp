// BuildKit's builder-flag scanner: leading `--name[=value]` words, quotes removed inside
// them. It works byte by byte, so non-ASCII bytes are re-encoded as Latin-1 (a BuildKit quirk
// kept for parity) and bytes 0x85 and 0xA0 count as spaces.
#include "dockerfile/parser_internal.h"
#include "util/text.h"

namespace plimsoll::dockerfile::internal {
namespace {

bool is_byte_space(unsigned char b) {
  return b == ' ' || b == '\t' || b == '\n' || b == '\v' || b == '\f' || b == '\r' || b == 0x85 || b == 0xA0;
}

void append_latin1(std::string& out, unsigned char b) { util::append_utf8(out, b); }

}  // namespace

std::size_t extract_builder_flags(std::string_view line, char escape_char, std::vector<Piece>& flags) {
  enum class Phase { kSpaces, kWord, kQuote };
  const unsigned char escape = static_cast<unsigned char>(escape_char);
  Phase phase = Phase::kSpaces;
  std::string word;
  std::size_t word_begin = 0;
  unsigned char quote = 0;
  bool blank_ok = false;
  unsigned char ch = 0;
  for (std::size_t pos = 0; pos <= line.size(); ++pos) {
    if (pos != line.size()) ch = static_cast<unsigned char>(line[pos]);
    if (phase == Phase::kSpaces) {
      if (pos == line.size()) break;
      if (is_byte_space(ch)) continue;
      if (ch != '-' || pos + 1 == line.size() || line[pos + 1] != '-') return pos;
      phase = Phase::kWord;
      word_begin = pos;
    }
    if (pos == line.size()) {
      if (word != "--" && (blank_ok || !word.empty())) flags.push_back({word, word_begin, pos});
      return line.size();
    }
    if (phase == Phase::kWord) {
      if (is_byte_space(ch)) {
        phase = Phase::kSpaces;
        if (word == "--") return pos;
        if (blank_ok || !word.empty()) flags.push_back({word, word_begin, pos});
        word.clear();
        blank_ok = false;
        continue;
      }
      if (ch == '\'' || ch == '"') {
        quote = ch;
        blank_ok = true;
        phase = Phase::kQuote;
        continue;
      }
      if (ch == escape) {
        if (pos + 1 == line.size()) continue;
        ch = static_cast<unsigned char>(line[++pos]);
      }
      append_latin1(word, ch);
      continue;
    }
    // Phase::kQuote
    if (ch == quote) {
      phase = Phase::kWord;
      continue;
    }
    if (ch == escape) {
      if (pos + 1 == line.size()) {
        phase = Phase::kWord;
        continue;
      }
      ch = static_cast<unsigned char>(line[++pos]);
    }
    append_latin1(word, ch);
  }
  return line.size();
}

}  // namespace plimsoll::dockerfile::internal
