// sh's word rules (POSIX 2.2, 2.6) reduced to what exec form can express: quoting and known
// variables. Every other expansion would change what runs, so it is refused, never dropped.
#include "init/command_words.h"

#include <algorithm>
#include <cctype>

#include "util/format.h"

namespace plimsoll::init {
namespace {

bool name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// Reads the variable after a `$` at `i` (the `$` itself already consumed). Returns its value or
// an error naming what a shell would have done.
util::Result<std::string> variable(std::string_view s, std::size_t& i, const std::map<std::string, std::string>& known) {
  std::string name;
  if (i < s.size() && s[i] == '{') {
    std::size_t close = s.find('}', i);
    if (close == std::string_view::npos) return util::unexpected("an unclosed ${");
    name = std::string(s.substr(i + 1, close - i - 1));
    i = close + 1;
    if (name.empty() || !std::all_of(name.begin(), name.end(), name_char))
      return util::unexpected(util::format("the parameter expansion ${{{}}}", shown(name)));
  } else if (i < s.size() && s[i] == '(') {
    return util::unexpected("a command substitution $(...)");
  } else {
    while (i < s.size() && name_char(s[i])) name += s[i++];
    if (name.empty()) return util::unexpected(i < s.size() ? util::format("the special parameter ${}", shown(s.substr(i, 1))) : "a lone $");
  }
  auto it = known.find(name);
  if (it == known.end()) return util::unexpected(util::format("the variable ${}", shown(name)));
  return it->second;
}

}  // namespace

util::Result<std::vector<std::string>> shell_words(std::string_view s, const std::map<std::string, std::string>& known) {
  std::vector<std::string> words;
  std::string word;
  bool in_word = false;
  auto needs_shell = [](const std::string& what) { return util::unexpected(what + " needs a shell"); };
  for (std::size_t i = 0; i < s.size();) {
    char c = s[i];
    if (c == ' ' || c == '\t') {
      if (in_word) words.push_back(std::move(word));
      word.clear();
      in_word = false;
      ++i;
      continue;
    }
    if (std::string_view(";&|<>()\n\r").find(c) != std::string_view::npos)
      return needs_shell(util::format("the operator `{}`", shown(s.substr(i, 1))));
    if (c == '`') return needs_shell("a command substitution `...`");
    if (c == '#' && !in_word) break;  // a comment to the end of the line
    if (c == '~' && !in_word) return needs_shell("a leading ~ (the home directory)");
    if (c == '*' || c == '?' || c == '[') return needs_shell(util::format("the pattern character `{}`", c));
    if (c == '=' && words.empty() && in_word && std::all_of(word.begin(), word.end(), name_char))
      return needs_shell(util::format("the assignment {}=", shown(word)));
    in_word = true;
    if (c == '\\') {
      if (i + 1 >= s.size()) return util::unexpected("a trailing backslash");
      word += s[i + 1];
      i += 2;
    } else if (c == '\'') {
      std::size_t close = s.find('\'', i + 1);
      if (close == std::string_view::npos) return util::unexpected("an unclosed single quote");
      word += s.substr(i + 1, close - i - 1);
      i = close + 1;
    } else if (c == '"') {
      for (++i;; ) {
        if (i >= s.size()) return util::unexpected("an unclosed double quote");
        char d = s[i];
        if (d == '"') break;
        if (d == '`') return needs_shell("a command substitution `...`");
        if (d == '\\' && i + 1 < s.size() && std::string_view("$`\"\\").find(s[i + 1]) != std::string_view::npos) {
          word += s[i + 1];
          i += 2;
        } else if (d == '$') {
          ++i;
          auto value = variable(s, i, known);
          if (!value) return needs_shell(value.error().message);
          word += *value;
        } else {
          word += d;
          ++i;
        }
      }
      ++i;
    } else if (c == '$') {
      ++i;
      auto value = variable(s, i, known);
      if (!value) return needs_shell(value.error().message);
      word += *value;
    } else {
      word += c;
      ++i;
    }
  }
  if (in_word) words.push_back(std::move(word));
  return words;
}

bool is_plain_name(std::string_view name, std::string_view extra) {
  if (name.empty() || name.front() == '-') return false;
  for (char c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && extra.find(c) == std::string_view::npos) return false;
  }
  return true;
}

std::string shown(std::string_view text) {
  std::string out;
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (c == '\n') out += "\\n";
    else if (u < 0x20 || u >= 0x7f) out += util::format("\\x{:02x}", u);
    else out += c;
  }
  return out;
}

}  // namespace plimsoll::init
