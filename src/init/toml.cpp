// Recursive descent over the text; positions are tracked so every error names line and column.
#include "init/toml.h"

#include <cctype>

#include "util/format.h"

namespace plimsoll::init {

const TomlValue* TomlValue::at(std::string_view dotted) const {
  const TomlValue* node = this;
  while (!dotted.empty()) {
    std::size_t dot = dotted.find('.');
    std::string key(dotted.substr(0, dot));
    if (!node->is_table()) return nullptr;
    auto it = node->entries.find(key);
    if (it == node->entries.end()) return nullptr;
    node = &it->second;
    dotted = dot == std::string_view::npos ? std::string_view{} : dotted.substr(dot + 1);
  }
  return node;
}

std::string TomlValue::string_at(std::string_view dotted) const {
  const TomlValue* v = at(dotted);
  return v != nullptr && v->is_string() ? v->text : std::string{};
}

namespace {

// Nesting is bounded so hostile input cannot exhaust the stack.
constexpr int kMaxDepth = 64;

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  util::Result<TomlValue> run() {
    TomlValue root;
    TomlValue* current = &root;
    while (true) {
      skip_blank_lines();
      if (done()) break;
      if (peek() == '[') {
        bool array = peek(1) == '[';
        pos_ += array ? 2 : 1;
        std::vector<std::string> keys;
        if (!key_path(keys)) return fail();
        skip_space();
        if (!eat(']') || (array && !eat(']'))) return fail("expected ']' to close the table header");
        current = open_table(root, keys, array);
        if (current == nullptr) return fail();
      } else {
        std::vector<std::string> keys;
        if (!key_path(keys)) return fail();
        skip_space();
        if (!eat('=')) return fail("expected '=' after the key");
        skip_space();
        TomlValue value;
        if (!parse_value(value, 0)) return fail();
        if (!assign(*current, keys, std::move(value))) return fail();
      }
      if (!end_of_line()) return fail("unexpected text after the value");
    }
    return root;
  }

 private:
  bool done() const { return pos_ >= text_.size(); }
  char peek(std::size_t ahead = 0) const { return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0'; }
  bool eat(char c) {
    if (peek() != c) return false;
    ++pos_;
    return true;
  }
  bool starts(std::string_view s) const { return text_.substr(pos_, s.size()) == s; }
  void skip_space() {
    while (peek() == ' ' || peek() == '\t') ++pos_;
  }
  void skip_comment() {
    if (peek() == '#')
      while (!done() && peek() != '\n') ++pos_;
  }
  void skip_blank_lines() {
    while (!done()) {
      skip_space();
      skip_comment();
      if (peek() == '\r') ++pos_;
      if (!eat('\n')) return;
    }
  }
  // Inside arrays newlines and comments are whitespace.
  void skip_all_space() {
    while (!done()) {
      skip_space();
      skip_comment();
      if (peek() != '\n' && peek() != '\r') return;
      ++pos_;
    }
  }
  bool end_of_line() {
    skip_space();
    skip_comment();
    if (peek() == '\r') ++pos_;
    return done() || eat('\n');
  }

  bool error(std::string message) {
    if (message_.empty()) {
      message_ = std::move(message);
      error_pos_ = pos_;
    }
    return false;
  }
  util::Unexpected<util::Error> fail(std::string message = {}) {
    if (!message.empty()) error(std::move(message));
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < error_pos_ && i < text_.size(); ++i) {
      if (text_[i] == '\n') {
        ++line;
        column = 1;
      } else {
        ++column;
      }
    }
    return util::unexpected(util::format("line {}, column {}: {}", line, column, message_));
  }

  bool key_path(std::vector<std::string>& keys) {
    while (true) {
      skip_space();
      std::string key;
      if (peek() == '"' || peek() == '\'') {
        TomlValue v;
        if (!parse_string(v)) return false;
        key = v.text;
      } else {
        while (std::isalnum(static_cast<unsigned char>(peek())) || peek() == '_' || peek() == '-') key += text_[pos_++];
        if (key.empty()) return error("expected a key");
      }
      keys.push_back(std::move(key));
      skip_space();
      if (!eat('.')) return true;
    }
  }

  // Walks (creating) the tables of `keys`; the last key of an array-of-tables header appends.
  TomlValue* open_table(TomlValue& root, const std::vector<std::string>& keys, bool array) {
    TomlValue* node = &root;
    for (std::size_t i = 0; i < keys.size(); ++i) {
      TomlValue& child = node->entries[keys[i]];
      bool last = i + 1 == keys.size();
      if (last && array) {
        if (child.kind == TomlValue::Kind::kTable && child.entries.empty()) child.kind = TomlValue::Kind::kArray;
        if (child.kind != TomlValue::Kind::kArray) return error_null("'" + keys[i] + "' is not an array of tables");
        child.items.emplace_back();
        return &child.items.back();
      }
      if (child.kind == TomlValue::Kind::kArray && !child.items.empty() && child.items.back().is_table()) {
        node = &child.items.back();
      } else if (child.is_table()) {
        node = &child;
      } else {
        return error_null("'" + keys[i] + "' is already a value, not a table");
      }
    }
    return node;
  }
  TomlValue* error_null(std::string message) {
    error(std::move(message));
    return nullptr;
  }

  bool assign(TomlValue& table, const std::vector<std::string>& keys, TomlValue value) {
    TomlValue* node = &table;
    for (std::size_t i = 0; i + 1 < keys.size(); ++i) {
      node = &node->entries[keys[i]];
      if (!node->is_table()) return error("'" + keys[i] + "' is already a value, not a table");
    }
    auto [it, inserted] = node->entries.try_emplace(keys.back(), std::move(value));
    if (!inserted) return error("duplicate key '" + keys.back() + "'");
    return true;
  }

  bool parse_value(TomlValue& out, int depth) {
    if (depth > kMaxDepth) return error("nesting too deep");
    char c = peek();
    if (c == '"' || c == '\'') return parse_string(out);
    if (c == '[') return parse_array(out, depth);
    if (c == '{') return parse_inline_table(out, depth);
    std::string word;
    while (!done() && (std::isalnum(static_cast<unsigned char>(peek())) || std::string_view("+-_.:").find(peek()) != std::string_view::npos ||
                       (peek() == ' ' && std::isdigit(static_cast<unsigned char>(peek(1))) && word.size() == 10))) {
      word += text_[pos_++];
    }
    if (word.empty()) return error("expected a value");
    out.text = word;
    if (word == "true" || word == "false") {
      out.kind = TomlValue::Kind::kBool;
    } else if (word.size() >= 10 && word[4] == '-' && std::isdigit(static_cast<unsigned char>(word[0]))) {
      out.kind = TomlValue::Kind::kDatetime;
    } else if (word.find_first_of(".eE") != std::string::npos && word.rfind("0x", 0) != 0) {
      out.kind = TomlValue::Kind::kFloat;
    } else if (word == "inf" || word == "nan" || word == "+inf" || word == "-inf") {
      out.kind = TomlValue::Kind::kFloat;
    } else {
      for (char d : word) {
        if (!std::isxdigit(static_cast<unsigned char>(d)) && d != '_' && d != '+' && d != '-' && d != 'x' && d != 'o')
          return error("'" + word + "' is not a TOML value");
      }
      out.kind = TomlValue::Kind::kInteger;
    }
    return true;
  }

  bool parse_string(TomlValue& out) {
    out.kind = TomlValue::Kind::kString;
    char quote = peek();
    bool multi = starts(std::string(3, quote));
    pos_ += multi ? 3 : 1;
    if (multi && peek() == '\n') ++pos_;
    if (multi && peek() == '\r' && peek(1) == '\n') pos_ += 2;
    while (true) {
      if (done()) return error("unterminated string");
      char c = text_[pos_];
      if (multi ? starts(std::string(3, quote)) : c == quote) {
        pos_ += multi ? 3 : 1;
        return true;
      }
      if (!multi && c == '\n') return error("newline in a single-line string");
      ++pos_;
      if (c != '\\' || quote == '\'') {
        out.text += c;
        continue;
      }
      char e = peek();
      ++pos_;
      switch (e) {
        case 'n': out.text += '\n'; break;
        case 't': out.text += '\t'; break;
        case 'r': out.text += '\r'; break;
        case 'b': out.text += '\b'; break;
        case 'f': out.text += '\f'; break;
        case '"': out.text += '"'; break;
        case '\\': out.text += '\\'; break;
        case 'u':
        case 'U': {
          std::size_t n = e == 'u' ? 4 : 8;
          if (pos_ + n > text_.size()) return error("short unicode escape");
          unsigned long cp = 0;
          for (std::size_t i = 0; i < n; ++i) {
            char h = text_[pos_ + i];
            if (!std::isxdigit(static_cast<unsigned char>(h))) return error("bad unicode escape");
            cp = cp * 16 + static_cast<unsigned long>(std::isdigit(static_cast<unsigned char>(h)) ? h - '0' : (std::tolower(h) - 'a' + 10));
          }
          if (cp > 0x10FFFF) return error("unicode escape out of range");
          pos_ += n;
          append_utf8(out.text, cp);
          break;
        }
        default:
          if (multi && (e == '\n' || e == ' ' || e == '\t' || e == '\r')) {
            while (!done() && std::isspace(static_cast<unsigned char>(peek()))) ++pos_;  // line-ending backslash
            break;
          }
          --pos_;
          return error(std::string("unknown escape '\\") + e + "'");
      }
    }
  }
  static void append_utf8(std::string& s, unsigned long cp) {
    if (cp < 0x80) {
      s += static_cast<char>(cp);
    } else if (cp < 0x800) {
      s += static_cast<char>(0xC0 | (cp >> 6));
      s += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      s += static_cast<char>(0xE0 | (cp >> 12));
      s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      s += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      s += static_cast<char>(0xF0 | (cp >> 18));
      s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      s += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  bool parse_array(TomlValue& out, int depth) {
    out.kind = TomlValue::Kind::kArray;
    ++pos_;
    while (true) {
      skip_all_space();
      if (eat(']')) return true;
      TomlValue item;
      if (!parse_value(item, depth + 1)) return false;
      out.items.push_back(std::move(item));
      skip_all_space();
      if (eat(']')) return true;
      if (!eat(',')) return error("expected ',' or ']' in the array");
    }
  }

  bool parse_inline_table(TomlValue& out, int depth) {
    out.kind = TomlValue::Kind::kTable;
    ++pos_;
    skip_space();
    if (eat('}')) return true;
    while (true) {
      std::vector<std::string> keys;
      if (!key_path(keys)) return false;
      skip_space();
      if (!eat('=')) return error("expected '=' in the inline table");
      skip_space();
      TomlValue value;
      if (!parse_value(value, depth + 1)) return false;
      if (!assign(out, keys, std::move(value))) return false;
      skip_space();
      if (eat('}')) return true;
      if (!eat(',')) return error("expected ',' or '}' in the inline table");
      skip_space();
    }
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  std::string message_;
  std::size_t error_pos_ = 0;
};

}  // namespace

util::Result<TomlValue> parse_toml(std::string_view text) { return Parser(text).run(); }

}  // namespace plimsoll::init
