// The HCL subset bake files use: blocks with labels, attributes whose values are strings,
// lists, maps or bare variable names; comments (`#`, `//`, `/* */`); heredocs skipped. One
// pass of a lexer, then a parser that descends at most kMaxBakeDepth levels and skips deeper
// or unknown input without descending, so any text is read in linear time.
#include <cstddef>

#include "project/bake.h"
#include "util/text.h"

namespace plimsoll::project {
namespace {

constexpr std::size_t kMaxTokens = 200'000;

enum class Tok { kIdent, kString, kOther, kNewline, kOpen, kClose, kEquals, kComma, kEnd };

struct Token {
  Tok kind = Tok::kEnd;
  char ch = '\0';     // the bracket for kOpen/kClose: `{`, `[`, `(`, and its closer
  std::string text;   // identifier, or string content (escapes done, `${…}` as written)
  bool known = true;  // false for a string this reader cannot take literally (unterminated, heredoc)
  uint32_t line = 0;
};

bool ident_start(char c) { return util::is_ascii_alpha(c) || c == '_'; }
bool ident_char(char c) { return util::is_ascii_alnum(c) || c == '_' || c == '-'; }

class Lexer {
 public:
  explicit Lexer(std::string_view text) : s_(text) {}

  std::vector<Token> run() {
    std::vector<Token> out;
    while (i_ < s_.size() && out.size() < kMaxTokens) {
      char c = s_[i_];
      if (c == '\n') {
        out.push_back({Tok::kNewline, c, {}, true, line_});
        ++line_;
        ++i_;
      } else if (c == ' ' || c == '\t' || c == '\r') {
        ++i_;
      } else if (c == '#' || (c == '/' && peek(1) == '/')) {
        while (i_ < s_.size() && s_[i_] != '\n') ++i_;
      } else if (c == '/' && peek(1) == '*') {
        i_ += 2;
        while (i_ < s_.size() && !(s_[i_] == '*' && peek(1) == '/')) line_ += s_[i_++] == '\n';
        i_ = i_ < s_.size() ? i_ + 2 : i_;
      } else if (c == '"') {
        out.push_back(string());
      } else if (c == '<' && peek(1) == '<' && (ident_start(peek(2)) || (peek(2) == '-' && ident_start(peek(3))))) {
        out.push_back(heredoc());
      } else if (ident_start(c)) {
        std::size_t start = i_;
        while (i_ < s_.size() && ident_char(s_[i_])) ++i_;
        out.push_back({Tok::kIdent, c, std::string(s_.substr(start, i_ - start)), true, line_});
      } else if (c == '{' || c == '[' || c == '(') {
        out.push_back({Tok::kOpen, c, {}, true, line_});
        ++i_;
      } else if (c == '}' || c == ']' || c == ')') {
        out.push_back({Tok::kClose, c, {}, true, line_});
        ++i_;
      } else if (c == '=' && peek(1) != '=') {
        out.push_back({Tok::kEquals, c, {}, true, line_});
        ++i_;
      } else if (c == ':' ) {
        out.push_back({Tok::kEquals, c, {}, true, line_});  // object keys: `name: value`
        ++i_;
      } else if (c == ',') {
        out.push_back({Tok::kComma, c, {}, true, line_});
        ++i_;
      } else {
        out.push_back({Tok::kOther, c, {}, true, line_});
        i_ += (c == '=' || c == '!' || c == '<' || c == '>') && peek(1) == '=' ? 2 : 1;
      }
    }
    out.push_back({Tok::kEnd, '\0', {}, true, line_});
    return out;
  }

 private:
  char peek(std::size_t ahead) const { return i_ + ahead < s_.size() ? s_[i_ + ahead] : '\0'; }

  // A quoted string; `${…}` (with its own nested strings) is kept as written. A string HCL
  // would reject (a newline before the closing quote) ends at the line and is not known.
  Token string() {
    Token t{Tok::kString, '"', {}, true, line_};
    ++i_;
    int interpolation = 0;  // depth of `${` braces open
    while (i_ < s_.size()) {
      char c = s_[i_];
      if (c == '\n' && interpolation == 0) {
        t.known = false;
        return t;
      }
      if (c == '\n') ++line_;
      if (interpolation == 0 && c == '"') {
        ++i_;
        return t;
      }
      if (interpolation == 0 && c == '\\' && i_ + 1 < s_.size()) {
        char e = s_[i_ + 1];
        t.text += e == 'n' ? '\n' : e == 't' ? '\t' : e;
        i_ += 2;
        continue;
      }
      if ((c == '$' || c == '%') && peek(1) == '{') {
        ++interpolation;
        t.text += c;
        t.text += '{';
        i_ += 2;
        continue;
      }
      if (interpolation > 0 && c == '{') ++interpolation;
      if (interpolation > 0 && c == '}') --interpolation;
      t.text += c;
      ++i_;
    }
    t.known = false;  // unterminated at the end of the text
    return t;
  }

  // `<<EOF` … `EOF`: content this reader does not use; skipped to its delimiter line.
  Token heredoc() {
    Token t{Tok::kString, '<', {}, false, line_};
    i_ += 2;
    if (s_[i_] == '-') ++i_;
    std::size_t start = i_;
    while (i_ < s_.size() && ident_char(s_[i_])) ++i_;
    std::string_view delimiter = s_.substr(start, i_ - start);
    while (i_ < s_.size()) {
      std::size_t end = s_.find('\n', i_);
      if (end == std::string_view::npos) end = s_.size();
      std::string_view line = util::trim_ascii_space(s_.substr(i_, end - i_));
      bool first = i_ == start + delimiter.size();
      i_ = end;
      if (!first && line == delimiter) break;
      if (i_ < s_.size()) {
        ++line_;
        ++i_;
      }
    }
    return t;
  }

  std::string_view s_;
  std::size_t i_ = 0;
  uint32_t line_ = 1;
};

class Parser {
 public:
  explicit Parser(std::vector<Token> tokens) : t_(std::move(tokens)) {}

  BakeDocument run() {
    BakeDocument doc;
    while (cur().kind != Tok::kEnd) top_level(doc);
    return doc;
  }

 private:
  const Token& cur() const { return t_[p_]; }
  const Token& at(std::size_t ahead) const { return t_[std::min(p_ + ahead, t_.size() - 1)]; }
  void next() {
    if (p_ + 1 < t_.size()) ++p_;
  }
  void skip_newlines() {
    while (cur().kind == Tok::kNewline) next();
  }

  // Skips one bracketed group from its opener, iteratively (no recursion on deep input).
  void skip_group() {
    int depth = 0;
    do {
      if (cur().kind == Tok::kOpen) ++depth;
      if (cur().kind == Tok::kClose) --depth;
      if (cur().kind == Tok::kEnd) return;
      next();
    } while (depth > 0);
  }

  // The rest of an expression this reader does not evaluate, up to its end at this level.
  void skip_expression_rest() {
    while (true) {
      Tok k = cur().kind;
      if (k == Tok::kEnd || k == Tok::kNewline || k == Tok::kComma || k == Tok::kClose) return;
      if (k == Tok::kOpen) {
        skip_group();
      } else {
        next();
      }
    }
  }

  void top_level(BakeDocument& doc) {
    skip_newlines();
    if (cur().kind != Tok::kIdent) {
      if (cur().kind == Tok::kOpen) {
        skip_group();
      } else {
        next();
      }
      return;
    }
    std::string type = cur().text;
    uint32_t line = cur().line;
    next();
    if (cur().kind == Tok::kEquals) {  // a top-level attribute: bake reads it as a variable
      next();
      BakeValue value = expression(1);
      doc.variables[type] = std::move(value);
      return;
    }
    std::vector<std::string> labels;
    while (cur().kind == Tok::kString || cur().kind == Tok::kIdent) {
      labels.push_back(cur().text);
      next();
    }
    if (cur().kind != Tok::kOpen || cur().ch != '{') return;
    std::map<std::string, BakeValue, std::less<>> attributes;
    body(attributes, 1);
    if (labels.size() != 1) return;
    if (type == "target") {
      doc.targets.push_back({labels[0], line, std::move(attributes)});
    } else if (type == "variable") {
      auto found = attributes.find("default");
      BakeValue value = found != attributes.end() ? found->second : BakeValue{true, true, "", "", {}, {}};
      doc.variables[labels[0]] = std::move(value);
    }
  }

  // A block's body from its `{` to its `}`: attributes kept, nested blocks skipped.
  void body(std::map<std::string, BakeValue, std::less<>>& attributes, int depth) {
    if (depth > kMaxBakeDepth) {
      skip_group();
      return;
    }
    next();  // `{`
    while (true) {
      skip_newlines();
      const Token& t = cur();
      if (t.kind == Tok::kEnd) return;
      if (t.kind == Tok::kClose) {
        next();
        return;
      }
      if (t.kind == Tok::kIdent && at(1).kind == Tok::kEquals) {
        std::string name = t.text;
        next();
        next();
        attributes[name] = expression(depth + 1);
        continue;
      }
      if (t.kind == Tok::kOpen) {
        skip_group();
      } else {
        next();
      }
    }
  }

  BakeValue expression(int depth) {
    skip_newlines();
    BakeValue v;
    v.set = true;
    if (depth > kMaxBakeDepth) {
      skip_expression_rest();
      return v;
    }
    const Token& t = cur();
    if (t.kind == Tok::kString) {
      v.known = t.known;
      v.text = t.text;
      next();
    } else if (t.kind == Tok::kIdent) {
      bool literal = t.text == "true" || t.text == "false" || t.text == "null";
      v.reference = literal ? "" : t.text;
      v.known = !literal;
      next();
    } else if (t.kind == Tok::kOpen && t.ch == '[') {
      v.known = true;
      next();
      while (true) {
        skip_newlines();
        if (cur().kind == Tok::kEnd) return v;
        if (cur().kind == Tok::kClose) {
          next();
          break;
        }
        if (cur().kind == Tok::kComma) {
          next();
          continue;
        }
        std::size_t before = p_;
        v.items.push_back(expression(depth + 1));
        if (p_ == before) next();
      }
    } else if (t.kind == Tok::kOpen && t.ch == '{') {
      v.known = true;
      next();
      while (true) {
        skip_newlines();
        const Token& k = cur();
        if (k.kind == Tok::kEnd) return v;
        if (k.kind == Tok::kClose) {
          next();
          break;
        }
        if ((k.kind == Tok::kIdent || k.kind == Tok::kString) && at(1).kind == Tok::kEquals) {
          std::string key = k.text;
          next();
          next();
          v.entries.push_back(BakeEntry{std::move(key), expression(depth + 1)});
          continue;
        }
        std::size_t before = p_;
        skip_expression_rest();
        if (p_ == before) next();
      }
    } else {
      skip_expression_rest();
      return v;
    }
    // Anything after the value on its line (an operator, a call's arguments, a conditional)
    // makes it an expression this reader does not evaluate.
    Tok k = cur().kind;
    if (k != Tok::kEnd && k != Tok::kNewline && k != Tok::kComma && k != Tok::kClose) {
      v.known = false;
      skip_expression_rest();
    }
    return v;
  }

  std::vector<Token> t_;
  std::size_t p_ = 0;
};

}  // namespace

BakeDocument read_bake_hcl(std::string_view text) {
  if (text.size() > kMaxBakeBytes) return {};
  return Parser(Lexer(text).run()).run();
}

}  // namespace plimsoll::project
