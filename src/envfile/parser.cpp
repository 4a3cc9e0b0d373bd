#include "envfile/parser.h"

#include <map>

#include "util/format.h"

namespace plimsoll::envfile {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

// Unicode letters and digits are allowed too; any non-ASCII byte is taken as part of one.
bool is_key_char(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
         c == '-' || c == '[' || c == ']' || c >= 0x80;
}

// Double-quoted escapes as compose expands them. `\$` becomes `$$` so that interpolation, which
// runs next, leaves a literal dollar.
std::string expand_escapes(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 == s.size()) {
      out += s[i];
      continue;
    }
    char c = s[++i];
    switch (c) {
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '\\': out += '\\'; break;
      case '"': out += '"'; break;
      case '$': out += "$$"; break;
      case '0': {  // \0NNN: up to three octal digits after the zero
        int value = 0, digits = 0;
        while (digits < 3 && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '7') {
          value = value * 8 + (s[++i] - '0');
          ++digits;
        }
        out += static_cast<char>(value);
        break;
      }
      default:
        out += '\\';
        out += c;
    }
  }
  return out;
}

class Parser {
 public:
  Parser(std::string_view text, const Lookup& lookup) : text_(text), lookup_(lookup) {}

  EnvFile run() {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
    while (next_statement()) statement();
    return std::move(out_);
  }

 private:
  // Skips whitespace, newlines and comment lines; false at the end of the text.
  bool next_statement() {
    while (pos_ < text_.size()) {
      char c = text_[pos_];
      if (is_blank(c) || c == '\n') {
        ++pos_;
      } else if (c == '#') {
        skip_line();
      } else {
        return true;
      }
    }
    return false;
  }

  void skip_line() {
    std::size_t nl = text_.find('\n', pos_);
    pos_ = nl == std::string_view::npos ? text_.size() : nl + 1;
  }

  void error(std::size_t begin, std::size_t end, std::string message, core::Severity severity = core::Severity::kError) {
    out_.diagnostics.push_back({severity, {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)}, std::move(message)});
  }

  void statement() {
    EnvEntry entry;
    if (text_.compare(pos_, 6, "export") == 0 && pos_ + 6 < text_.size() && is_blank(text_[pos_ + 6])) {
      entry.exported = true;
      pos_ += 6;
      while (pos_ < text_.size() && is_blank(text_[pos_])) ++pos_;
    }
    std::size_t key_begin = pos_;
    std::size_t key_end = pos_;
    while (pos_ < text_.size()) {
      char c = text_[pos_];
      if (c == '=' || c == ':' || c == '\n') break;
      if (is_blank(c)) {
        ++pos_;
        continue;
      }
      if (!is_key_char(static_cast<unsigned char>(c)) || key_end != pos_) {
        bool space = key_end != pos_ && is_key_char(static_cast<unsigned char>(c));
        error(pos_, pos_ + 1,
              space ? "a variable name cannot contain a space"
                    : util::format("unexpected character \"{}\" in variable name", std::string(1, c)));
        skip_line();
        return;
      }
      key_end = ++pos_;
    }
    entry.key = std::string(text_.substr(key_begin, key_end - key_begin));
    entry.key_span = {static_cast<uint32_t>(key_begin), static_cast<uint32_t>(key_end)};
    if (entry.key.empty()) {
      error(key_begin, key_begin + 1, "missing variable name before the separator");
      skip_line();
      return;
    }
    if (pos_ >= text_.size() || text_[pos_] == '\n') {
      entry.inherited = true;  // bare KEY: taken from the environment when set there
      if (auto v = lookup(entry.key)) entry.value = *v;
      entry.value_span = {static_cast<uint32_t>(key_end), static_cast<uint32_t>(key_end)};
      add(std::move(entry));
      return;
    }
    entry.yaml_style = text_[pos_] == ':';
    ++pos_;
    while (pos_ < text_.size() && is_blank(text_[pos_])) ++pos_;
    if (pos_ < text_.size() && (text_[pos_] == '"' || text_[pos_] == '\'')) {
      if (quoted_value(entry)) add(std::move(entry));
    } else {
      unquoted_value(entry);
      add(std::move(entry));
    }
  }

  bool quoted_value(EnvEntry& entry) {
    char quote = text_[pos_];
    std::size_t open = pos_;
    std::size_t close = open + 1;
    for (; close < text_.size(); ++close) {
      if (text_[close] == quote && text_[close - 1] != '\\') break;
    }
    if (close >= text_.size()) {
      std::size_t nl = text_.find('\n', open);
      error(open, nl == std::string_view::npos ? text_.size() : nl, "unterminated quoted value");
      pos_ = nl == std::string_view::npos ? text_.size() : nl + 1;
      return false;
    }
    entry.quote = quote;
    std::string_view inside = text_.substr(open + 1, close - open - 1);
    entry.raw_value = std::string(inside);
    entry.value_span = {static_cast<uint32_t>(open), static_cast<uint32_t>(close + 1)};
    if (quote == '\'') {
      std::string value;
      for (std::size_t i = 0; i < inside.size(); ++i) {
        if (inside[i] == '\\' && i + 1 < inside.size() && inside[i + 1] == '\'') ++i;
        value += inside[i];
      }
      entry.value = std::move(value);
    } else {
      entry.value = interpolate(expand_escapes(inside), open + 1);
    }
    pos_ = close + 1;
    while (pos_ < text_.size() && is_blank(text_[pos_])) ++pos_;
    if (pos_ < text_.size() && text_[pos_] == '#') {
      skip_line();
    } else if (pos_ < text_.size() && text_[pos_] != '\n') {
      // compose reads whatever follows the closing quote as the start of another variable.
      std::size_t nl = text_.find('\n', pos_);
      error(pos_, nl == std::string_view::npos ? text_.size() : nl,
            util::format("text after the closing quote of {} is read as another variable, not as part of the value",
                         entry.key),
            core::Severity::kWarning);
    }
    return true;
  }

  void unquoted_value(EnvEntry& entry) {
    std::size_t begin = pos_;
    std::size_t nl = text_.find('\n', pos_);
    std::size_t end = nl == std::string_view::npos ? text_.size() : nl;
    std::string_view line = text_.substr(begin, end - begin);
    // An inline comment needs whitespace before the `#`: `a#b` keeps its hash.
    for (std::size_t i = 1; i < line.size(); ++i) {
      if (line[i] == '#' && is_blank(line[i - 1])) {
        line = line.substr(0, i);
        break;
      }
    }
    while (!line.empty() && is_blank(line.back())) line.remove_suffix(1);
    entry.raw_value = std::string(line);
    entry.value_span = {static_cast<uint32_t>(begin), static_cast<uint32_t>(begin + line.size())};
    entry.value = interpolate(std::string(line), begin);
    pos_ = nl == std::string_view::npos ? text_.size() : nl + 1;
  }

  std::string interpolate(const std::string& value, std::size_t at) {
    if (substituted_ > kMaxSubstitutedTotal) return value;  // reported once, where it was crossed
    Substitution s = substitute(value, [this](std::string_view name) { return lookup(name); });
    if (s.error) {
      error(at + s.error_offset, at + s.error_offset + 1, *s.error);
      return value;
    }
    if (s.value.size() > value.size()) substituted_ += s.value.size() - value.size();
    if (substituted_ > kMaxSubstitutedTotal) {
      error(at, at + 1,
            "interpolation stops here: the file's values expand to more than " + std::to_string(kMaxSubstitutedTotal) +
                " bytes in total; this and later values are kept as written");
      return value;
    }
    return s.value;
  }

  // The outside environment first, then keys defined earlier in this file.
  std::optional<std::string> lookup(std::string_view name) {
    if (lookup_) {
      if (auto v = lookup_(name)) return v;
    }
    auto it = defined_.find(name);
    if (it != defined_.end()) return it->second;
    return std::nullopt;
  }

  void add(EnvEntry entry) {
    if (!entry.inherited || lookup(entry.key)) defined_[entry.key] = entry.value;
    out_.entries.push_back(std::move(entry));
  }

  std::string_view text_;
  const Lookup& lookup_;
  std::size_t pos_ = 0;
  EnvFile out_;
  std::map<std::string, std::string, std::less<>> defined_;
  std::size_t substituted_ = 0;  // bytes interpolation has added so far
};

}  // namespace

const EnvEntry* EnvFile::find(std::string_view key) const {
  for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
    if (it->key == key) return &*it;
  }
  return nullptr;
}

EnvFile parse_env_file(std::string_view text, const Lookup& lookup) { return Parser(text, lookup).run(); }

}  // namespace plimsoll::envfile
