#include "project/content_kind.h"

#include <functional>
#include <vector>

namespace plimsoll::project {
namespace {

bool blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view trim_left(std::string_view line) {
  while (!line.empty() && blank(line.front())) line.remove_prefix(1);
  return line;
}

// `word` (lower case) then a blank or the end of the line, in any case.
bool starts_with_word(std::string_view line, std::string_view word) {
  if (line.size() < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = line[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != word[i]) return false;
  }
  return line.size() == word.size() || blank(line[word.size()]);
}

// Calls `visit` with each line of the first kSniffLimit bytes (a UTF-8 byte order mark
// dropped) until it returns false.
void each_line(std::string_view text, const std::function<bool(std::string_view)>& visit) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  text = text.substr(0, kSniffLimit);
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    if (!visit(line) || end == std::string_view::npos) return;
    text.remove_prefix(end + 1);
  }
}

std::vector<std::string_view> words(std::string_view line) {
  std::vector<std::string_view> out;
  while (true) {
    line = trim_left(line);
    if (line.empty()) return out;
    std::size_t end = 0;
    while (end < line.size() && !blank(line[end])) ++end;
    out.push_back(line.substr(0, end));
    line.remove_prefix(end);
  }
}

bool identifier(std::string_view s) {
  if (s.empty() || (s.front() >= '0' && s.front() <= '9')) return false;
  for (char c : s) {
    if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

// `FROM [--platform=…] image [AS name]`: prose that happens to start with "From" has more words.
bool from_line(const std::vector<std::string_view>& w) {
  std::size_t i = 1;
  while (i < w.size() && w[i].starts_with("--")) ++i;
  std::size_t rest = w.size() - i;
  return rest == 1 || (rest == 3 && (w[i + 1] == "AS" || w[i + 1] == "as") && identifier(w[i + 2].substr(0, 1)));
}

// `ARG NAME` or `ARG NAME=value` (a continuation `\` may follow).
bool arg_line(const std::vector<std::string_view>& w) {
  if (w.size() < 2) return false;
  std::string_view name = w[1].substr(0, w[1].find('='));
  return identifier(name) && (w.size() == 2 || w[1].find('=') != std::string_view::npos || w[2] == "\\");
}

}  // namespace

bool looks_like_dockerfile(std::string_view text) {
  bool found = false;
  each_line(text, [&](std::string_view line) {
    line = trim_left(line);
    if (line.empty() || line.front() == '#') return true;  // comments and `# syntax=` directives
    // Upper case, as nearly every Dockerfile writes its keywords: a README line beginning
    // "From" or a Python `arg = 1` must not pass.
    std::vector<std::string_view> w = words(line);
    found = (w[0] == "FROM" && from_line(w)) || (w[0] == "ARG" && arg_line(w));
    return false;
  });
  return found;
}

bool looks_like_compose(std::string_view text) {
  bool found = false;
  each_line(text, [&](std::string_view line) {
    for (std::string_view key : {"services:", "\"services\":", "'services':"}) {
      if (line.starts_with(key)) {
        std::string_view rest = trim_left(line.substr(key.size()));
        if (rest.empty() || rest.front() == '#' || rest.front() == '{') found = true;
      }
    }
    return !found;
  });
  return found;
}

bool is_templated_dockerfile(std::string_view text) {
  bool found = false;
  each_line(text, [&](std::string_view line) {
    line = trim_left(line);
    if (line.starts_with("{%") || line.starts_with("<%")) {
      found = true;
    } else if (starts_with_word(line, "from")) {
      found = line.find("{{") != std::string_view::npos || line.find("{%") != std::string_view::npos ||
              line.find("<%") != std::string_view::npos;
    }
    return !found;
  });
  return found;
}

}  // namespace plimsoll::project
