#include "project/makefile.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>

#include "util/text.h"

namespace plimsoll::project {
namespace {

using Variables = std::map<std::string, std::string, std::less<>>;

// `.PHONY`, `.DEFAULT_GOAL` and make's other special targets: a dot, then capitals. A file
// made by a rule may start with a dot too (`.env:`), and is a target like any other.
bool is_special_target(std::string_view name) {
  return name.size() > 1 && name[0] == '.' &&
         std::all_of(name.begin() + 1, name.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '_'; });
}

bool is_name_char(char c) { return util::is_ascii_alnum(c) || c == '_' || c == '-' || c == '.'; }

// `NAME = value`, `NAME := value`, `NAME ?= value`, `NAME += value` (appends).
bool read_assignment(std::string_view line, Variables& vars) {
  std::size_t i = 0;
  while (i < line.size() && is_name_char(line[i])) ++i;
  if (i == 0) return false;
  std::string name(line.substr(0, i));
  std::size_t j = i;
  while (j < line.size() && (line[j] == ' ' || line[j] == '\t')) ++j;
  if (j >= line.size()) return false;
  bool append = false;
  if (line.substr(j).starts_with(":=") || line.substr(j).starts_with("?=") || line.substr(j).starts_with("::=")) {
    j = line.find('=', j) + 1;
  } else if (line.substr(j).starts_with("+=")) {
    append = true;
    j += 2;
  } else if (line[j] == '=') {
    ++j;
  } else {
    return false;
  }
  std::string value(util::trim_ascii_space(line.substr(j)));
  if (append && vars.contains(name)) value = vars[name] + " " + value;
  vars[name] = value;
  return true;
}

// `$(NAME)` and `${NAME}` expansion. Each variable's expansion is worked out once and kept, so
// `V2 = $(V1)$(V1)…` fan-out costs the size of the result, not the number of paths to it; a
// variable that would expand past kMaxMakeExpansion (or refers to itself) stays as written.
class Expander {
 public:
  explicit Expander(const Variables& vars) : vars_(vars) {}

  std::string expand(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] != '$' || i + 1 >= text.size()) {
        out += text[i];
        continue;
      }
      char open = text[i + 1];
      if (open == '$') {  // `$$` is a literal `$` for the shell
        out += '$';
        ++i;
        continue;
      }
      if (open != '(' && open != '{') {
        out += text[i];
        continue;
      }
      char close = open == '(' ? ')' : '}';
      std::size_t end = text.find(close, i + 2);
      if (end == std::string_view::npos) {
        out.append(text.substr(i));
        break;
      }
      std::string_view name = text.substr(i + 2, end - i - 2);
      const std::string* value = value_of(name);
      if (value != nullptr && spent_ + value->size() > kMaxMakeExpansionTotal) {
        value = nullptr;
        over_total_ = true;
      }
      if (value != nullptr) {
        spent_ += value->size();
        out += *value;
      } else if (vars_.find(name) != vars_.end()) {
        out.append(text.substr(i, end + 1 - i));  // too large or circular: as written
      }
      if (out.size() > kMaxMakeExpansion) {
        too_large_ = true;
        out.resize(kMaxMakeExpansion);
        break;
      }
      i = end;
    }
    return out;
  }

  // The first variable found to expand past the limit, if any.
  const std::string& too_large_name() const { return too_large_name_; }

 private:
  // The variable's full expansion, or nullptr when it is unknown, circular or too large.
  const std::string* value_of(std::string_view name) {
    auto var = vars_.find(name);
    if (var == vars_.end()) return nullptr;
    auto known = done_.find(name);
    if (known != done_.end()) return known->second ? &*known->second : nullptr;
    if (!active_.insert(std::string(name)).second) return nullptr;  // refers to itself
    bool was_large = too_large_;
    too_large_ = false;
    std::string value = expand(var->second);
    std::optional<std::string>& slot = done_[std::string(name)];
    if (too_large_) {
      if (too_large_name_.empty()) too_large_name_ = std::string(name);
    } else {
      slot = std::move(value);
    }
    too_large_ = too_large_ || was_large;
    active_.erase(std::string(name));
    return slot ? &*slot : nullptr;
  }

  const Variables& vars_;
  std::map<std::string, std::optional<std::string>, std::less<>> done_;
  std::set<std::string, std::less<>> active_;
  bool too_large_ = false;
  std::string too_large_name_;
  std::size_t spent_ = 0;  // bytes of variable values copied out so far, for the whole file
  bool over_total_ = false;

 public:
  bool over_total() const { return over_total_; }
};

std::vector<std::string> split_words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  char quote = '\0';
  for (char c : text) {
    if (quote != '\0') {
      if (c == quote) {
        quote = '\0';
      } else {
        word += c;
      }
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == ' ' || c == '\t') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// Compose's global options that take a value; `-f`, `--file` and `--env-file` are the ones kept.
bool takes_value(std::string_view flag) {
  static constexpr std::array<std::string_view, 10> kValued{
      "-f", "--file", "--env-file", "-p", "--project-name", "--profile", "--project-directory",
      "--ansi", "--progress", "--parallel"};
  return std::find(kValued.begin(), kValued.end(), flag) != kValued.end();
}

bool ends_command(std::string_view word) { return word == "&&" || word == ";" || word == "||" || word == "|"; }

// Compose calls in one recipe command; several may be joined with `&&` or `;`. Only the global
// options before the subcommand name compose files: in `docker compose run web mkdocs -f x.yml`
// the `-f` belongs to the program run in the container.
void read_compose_calls(const std::vector<std::string>& words, const std::string& target, uint32_t line,
                        std::vector<ComposeInvocation>& out) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    bool v2 = words[i].ends_with("docker") && i + 1 < words.size() && words[i + 1] == "compose";
    bool v1 = words[i].ends_with("docker-compose") || words[i].ends_with("podman-compose");
    if (!v1 && !v2) continue;
    ComposeInvocation call{{}, {}, target, line};
    std::size_t j = i + (v2 ? 2 : 1);
    for (; j < words.size(); ++j) {
      const std::string& w = words[j];
      if (ends_command(w) || !w.starts_with('-')) break;  // the subcommand, or the next command
      auto value_of = [&](std::string_view flag) -> std::string {
        if (w == flag && j + 1 < words.size()) return words[++j];
        if (w.starts_with(std::string(flag) + "=")) return w.substr(flag.size() + 1);
        return {};
      };
      if (std::string f = value_of("-f"); !f.empty()) {
        call.files.push_back(f);
      } else if (std::string f2 = value_of("--file"); !f2.empty()) {
        call.files.push_back(f2);
      } else if (std::string e = value_of("--env-file"); !e.empty()) {
        call.env_files.push_back(e);
      } else if (takes_value(w) && j + 1 < words.size()) {
        ++j;  // `-p shop`, `--profile dev`: skip the value, it is not the subcommand
      }
    }
    // The rest of this command (the subcommand's arguments) is not another compose call.
    while (j < words.size() && !ends_command(words[j])) ++j;
    if (!call.files.empty() || !call.env_files.empty()) out.push_back(std::move(call));
    i = j;
  }
}

}  // namespace

bool Makefile::has_target(std::string_view name) const {
  for (const auto& t : targets) {
    if (t.name == name) return true;
  }
  return false;
}

Makefile parse_makefile(std::string_view text) {
  Makefile out;
  Variables vars;
  std::vector<std::string_view> lines = util::split_lines(text);
  // Assignments first: recipes may use variables defined further down.
  for (std::string_view line : lines) {
    if (!line.empty() && line[0] != '\t' && line[0] != '#') read_assignment(util::trim_ascii_space(line), vars);
  }
  Expander expander(vars);
  std::string target;
  std::string pending;  // a recipe line continued with `\`
  uint32_t pending_line = 0;
  for (std::size_t n = 0; n < lines.size(); ++n) {
    std::string_view line = lines[n];
    if (line.ends_with('\r')) line.remove_suffix(1);
    uint32_t number = static_cast<uint32_t>(n + 1);
    if (!pending.empty() || (!line.empty() && line[0] == '\t')) {
      if (pending.empty()) pending_line = number;
      std::string_view body = util::trim_ascii_space(line);
      bool continued = body.ends_with('\\');
      if (continued) body.remove_suffix(1);
      pending.append(body);
      pending += ' ';
      if (continued) continue;
      std::string command = expander.expand(pending);
      while (!command.empty() && (command[0] == '@' || command[0] == '-' || command[0] == '+')) command.erase(0, 1);
      read_compose_calls(split_words(command), target, pending_line, out.compose_calls);
      // Each recipe line runs in its own shell from the Makefile's directory: a `cd` stays in it.
      for (BuildCall& call : read_build_calls(command, pending_line)) out.build_calls.push_back(std::move(call));
      pending.clear();
      continue;
    }
    std::string_view trimmed = util::trim_ascii_space(line);
    if (trimmed.empty() || trimmed[0] == '#') continue;
    std::size_t colon = trimmed.find(':');
    if (colon == std::string_view::npos || trimmed.substr(colon).starts_with(":=") ||
        trimmed.substr(colon).starts_with("::=")) {
      continue;
    }
    std::size_t eq = trimmed.find('=');
    if (eq != std::string_view::npos && eq < colon) continue;  // an assignment whose value has a colon
    target.clear();
    for (const std::string& name : split_words(expander.expand(trimmed.substr(0, colon)))) {
      if (is_special_target(name)) continue;
      if (target.empty()) target = name;
      out.targets.push_back({name, number});
    }
  }
  if (expander.over_total()) {
    out.diagnostics.push_back({core::Severity::kError, {},
                               "variables expand to more than " + std::to_string(kMaxMakeExpansionTotal) +
                                   " bytes in all; later references are read as written"});
  }
  if (!expander.too_large_name().empty()) {
    out.diagnostics.push_back({core::Severity::kError, {},
                               "variable `" + expander.too_large_name() + "` expands to more than " +
                                   std::to_string(kMaxMakeExpansion) + " bytes; it is read as written"});
  }
  return out;
}

}  // namespace plimsoll::project
