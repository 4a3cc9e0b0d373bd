#include "compose/shell_words.h"

#include "util/text.h"

namespace plimsoll::compose {

util::Result<std::vector<std::string>> split_shell_words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  bool in_word = false;  // `''` is a word, empty but present
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (util::is_ascii_space(c)) {
      if (in_word) words.push_back(std::move(word));
      word.clear();
      in_word = false;
      continue;
    }
    in_word = true;
    if (c == '\\') {
      if (i + 1 < text.size()) word += text[++i];
      continue;
    }
    if (c == '\'') {
      std::size_t close = text.find('\'', i + 1);
      if (close == std::string_view::npos) return util::unexpected("invalid command line string: unterminated single quote");
      word.append(text.substr(i + 1, close - i - 1));
      i = close;
      continue;
    }
    if (c == '"') {
      std::size_t j = i + 1;
      for (; j < text.size() && text[j] != '"'; ++j) {
        // Inside double quotes a backslash escapes only what the shell lets it escape.
        if (text[j] == '\\' && j + 1 < text.size() && std::string_view("\"\\$`").find(text[j + 1]) != std::string_view::npos) ++j;
        word += text[j];
      }
      if (j >= text.size()) return util::unexpected("invalid command line string: unterminated double quote");
      i = j;
      continue;
    }
    word += c;
  }
  if (in_word) words.push_back(std::move(word));
  return words;
}

}  // namespace plimsoll::compose
