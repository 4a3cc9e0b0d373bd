#include "dockerfile/shell_lexer.h"

#include <algorithm>
#include <unordered_set>

#include "dockerfile/shell_pattern.h"
#include "util/text.h"

namespace plimsoll::dockerfile {

namespace {

constexpr char32_t kEof = 0xFFFFFFFF;

// Collects words the way BuildKit does: unquoted whitespace separates, quoted text and
// escaped characters never do, and `<<` keeps following blanks (heredoc words like `<< EOF`).
class WordCollector {
 public:
  void add_char(char32_t ch) {
    if (util::is_unicode_space(ch) && in_word_) {
      if (ch == ' ' || ch == '\t') {
        std::string_view w = util::trim_right_ascii_space(word_);
        if (w.size() >= 2 && w.substr(w.size() - 2) == "<<") {
          add_raw_char(ch);
          return;
        }
      }
      if (!word_.empty()) {
        words_.push_back(std::move(word_));
        word_.clear();
        in_word_ = false;
      }
    } else if (!util::is_unicode_space(ch)) {
      add_raw_char(ch);
    }
  }
  void add_raw_char(char32_t ch) {
    util::append_utf8(word_, ch);
    in_word_ = true;
  }
  void add_string(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
      // A run of printable ASCII joins the current word as it is; decoding it a character at a
      // time made expanded values (up to kMaxExpandedBytes each) the cost of a whole check.
      std::size_t run = i;
      while (run < s.size() && is_plain_ascii(s[run])) ++run;
      if (run > i) {
        word_.append(s.substr(i, run - i));
        in_word_ = true;
        i = run;
        continue;
      }
      std::size_t len = 1;
      char32_t ch = util::decode_utf8(s, i, len);
      add_char(ch);
      i += len;
    }
  }
  void add_raw_string(std::string_view s) {
    word_ += s;
    in_word_ = true;
  }
  std::vector<std::string> take() {
    if (!word_.empty()) {
      words_.push_back(std::move(word_));
      word_.clear();
      in_word_ = false;
    }
    return std::move(words_);
  }

 private:
  // Neither a space (which ends a word; the ASCII ones are \t \n \v \f \r and ' ') nor a
  // byte of a multibyte character.
  static bool is_plain_ascii(char c) {
    auto byte = static_cast<unsigned char>(c);
    return byte < 0x80 && byte != ' ' && (byte < '\t' || byte > '\r');
  }
  std::string word_;
  std::vector<std::string> words_;
  bool in_word_ = false;
};

struct LexError {
  std::string message;
};

class ShellWord {
 public:
  ShellWord(std::string_view source, const LexerOptions& options, const Environment& env,
            Expansion& out)
      : options_(options), env_(env), out_(out) {
    chars_.reserve(source.size());
    for (std::size_t i = 0; i < source.size();) {
      std::size_t len = 1;
      chars_.push_back(util::decode_utf8(source, i, len));
      i += len;
    }
    raw_escapes_ = options.raw_escapes;
  }

  // Returns false and sets out_.error on failure.
  bool run(bool split) {
    std::string result;
    std::vector<std::string> words;
    if (!process_stop_on(kEof, false, result, &words)) return false;
    if (split) {
      out_.words = std::move(words);
    } else {
      out_.words.assign(1, std::move(result));
    }
    return true;
  }

 private:
  char32_t peek() const { return pos_ < chars_.size() ? chars_[pos_] : kEof; }
  char32_t next() { return pos_ < chars_.size() ? chars_[pos_++] : kEof; }
  bool fail(std::string message) {
    if (out_.error.empty()) out_.error = std::move(message);
    return false;
  }
  bool fail_limit(std::string message) {
    if (out_.error.empty()) out_.limit = true;
    return fail(std::move(message));
  }
  bool fail_too_long() {
    return fail_limit("the expanded value is longer than " + std::to_string(kMaxExpandedBytes) + " bytes");
  }
  // True (and the expansion failed) when `text` has grown past the limit.
  bool too_long(const std::string& text) {
    if (text.size() <= kMaxExpandedBytes) return false;
    fail_too_long();
    return true;
  }
  char32_t escape() const { return static_cast<unsigned char>(options_.escape); }

  bool process_stop_on(char32_t stop, bool raw_escapes, std::string& result,
                       std::vector<std::string>* words_out) {
    if (depth_ >= kMaxExpansionNesting) {
      return fail_limit("variable expansions are nested more than " + std::to_string(kMaxExpansionNesting) +
                        " deep");
    }
    ++depth_;
    struct Leave {
      int& depth;
      ~Leave() { --depth; }
    } leave{depth_};
    WordCollector words;
    bool saved_raw = raw_escapes_;
    if (raw_escapes) raw_escapes_ = true;
    struct Restore {
      bool& target;
      bool value;
      ~Restore() { target = value; }
    } restore{raw_escapes_, saved_raw};

    while (peek() != kEof) {
      char32_t ch = peek();
      if (stop != kEof && ch == stop) {
        next();
        if (words_out) *words_out = words.take();
        return true;
      }
      bool quote = !options_.skip_quote_processing && (ch == '\'' || ch == '"');
      if (ch == '$' || quote) {
        std::string piece;
        bool ok = ch == '$' ? process_dollar(piece) : ch == '\'' ? process_single_quote(piece)
                                                                 : process_double_quote(piece);
        if (!ok) return false;
        result += piece;
        if (too_long(result)) return false;
        if (ch == '$') {
          words.add_string(piece);
        } else {
          words.add_raw_string(piece);
        }
        continue;
      }
      ch = next();
      if (ch == escape()) {
        if (raw_escapes_) {
          words.add_raw_char(ch);
          util::append_utf8(result, ch);
        }
        ch = next();
        if (ch == kEof) break;
        words.add_raw_char(ch);
      } else {
        words.add_char(ch);
      }
      util::append_utf8(result, ch);
    }
    if (stop != kEof) {
      std::string message = "unexpected end of statement while looking for matching ";
      util::append_utf8(message, stop);
      return fail(message);
    }
    if (words_out) *words_out = words.take();
    return true;
  }

  bool process_single_quote(std::string& result) {
    char32_t ch = next();
    if (options_.raw_quotes) util::append_utf8(result, ch);
    for (;;) {
      ch = next();
      if (ch == kEof) return fail("unexpected end of statement while looking for matching single-quote");
      if (ch == '\'') {
        if (options_.raw_quotes) util::append_utf8(result, ch);
        return true;
      }
      util::append_utf8(result, ch);
    }
  }

  bool process_double_quote(std::string& result) {
    char32_t ch = next();
    if (options_.raw_quotes) util::append_utf8(result, ch);
    for (;;) {
      char32_t p = peek();
      if (p == kEof) return fail("unexpected end of statement while looking for matching double-quote");
      if (p == '"') {
        ch = next();
        if (options_.raw_quotes) util::append_utf8(result, ch);
        return true;
      }
      if (p == '$') {
        std::string value;
        if (!process_dollar(value)) return false;
        result += value;
        if (too_long(result)) return false;
        continue;
      }
      ch = next();
      if (ch == escape()) {
        char32_t after = peek();
        if (after == kEof) continue;  // a lone escape at the end is dropped
        if (after == '"' || after == '$' || after == escape()) {
          if (raw_escapes_) util::append_utf8(result, ch);
          ch = next();
        }
      }
      util::append_utf8(result, ch);
    }
  }

  static bool is_special_param(char32_t ch) {
    return ch == '@' || ch == '*' || ch == '#' || ch == '?' || ch == '-' || ch == '$' ||
           ch == '!' || ch == '0';
  }

  std::string process_name() {
    std::string name;
    while (peek() != kEof) {
      char32_t ch = peek();
      if (name.empty() && util::is_unicode_digit(ch)) {
        while (peek() != kEof && util::is_unicode_digit(peek())) util::append_utf8(name, next());
        return name;
      }
      if (name.empty() && is_special_param(ch)) {
        util::append_utf8(name, next());
        return name;
      }
      if (!util::is_unicode_letter(ch) && !util::is_unicode_digit(ch) && ch != '_') break;
      util::append_utf8(name, next());
    }
    return name;
  }

  std::optional<std::string> get_env(const std::string& name) {
    std::optional<std::string_view> value = env_.get(name);
    auto& list = value ? out_.used : out_.unset;
    // A set beside the list: a word naming thousands of variables stays linear.
    if ((value ? used_seen_ : unset_seen_).insert(name).second) list.push_back(name);
    if (!value) return std::nullopt;
    return std::string(*value);
  }

  bool process_dollar(std::string& result) {
    next();  // '$'
    if (peek() != '{') {
      std::string name = process_name();
      if (name.empty()) {
        result = "$";
        return true;
      }
      auto value = get_env(name);
      if (!value && options_.skip_unset_env) {
        result = "$" + name;
        return true;
      }
      result = value.value_or("");
      return true;
    }
    next();  // '{'
    char32_t p = peek();
    if (p == kEof) return fail("syntax error: missing '}'");
    if (p == '{' || p == '}' || p == ':') return fail("syntax error: bad substitution");
    std::string name = process_name();
    char32_t ch = next();
    std::string chs;
    if (ch != kEof) util::append_utf8(chs, ch);
    bool null_is_unset = false;
    if (ch == '}') {
      auto value = get_env(name);
      if (!value && options_.skip_unset_env) {
        result = "${" + name + "}";
        return true;
      }
      result = value.value_or("");
      return true;
    }
    if (ch == ':') {
      null_is_unset = true;
      ch = next();
      if (ch != kEof) util::append_utf8(chs, ch);
    }
    if (ch == '+' || ch == '-' || ch == '?' || ch == '#' || ch == '%' ||
        (null_is_unset && ch != '/')) {
      bool raw = ch == '#' || ch == '%';
      if (null_is_unset && raw) return fail("unsupported modifier (" + chs + ") in substitution");
      std::string word;
      if (!process_stop_on('}', raw, word, nullptr)) {
        if (peek() == kEof && !out_.limit) {
          out_.error = "syntax error: missing '}'";
        }
        return false;
      }
      auto value = get_env(name);
      if (!value && options_.skip_unset_env) {
        result = "${" + name + chs + word + "}";
        return true;
      }
      bool unset = !value || (null_is_unset && value->empty());
      switch (ch) {
        case '-':
          result = unset ? word : *value;
          return true;
        case '+':
          result = unset ? "" : word;
          return true;
        case '?':
          if (!value) return fail(name + ": " + (word.empty() ? "is not allowed to be unset" : word));
          if (null_is_unset && value->empty()) {
            return fail(name + ": " + (word.empty() ? "is not allowed to be empty" : word));
          }
          result = *value;
          return true;
        case '#':
        case '%': {
          bool greedy = !word.empty() && static_cast<char32_t>(static_cast<unsigned char>(word[0])) == ch;
          if (greedy) word.erase(0, 1);
          std::string v = value.value_or("");
          std::string error;
          bool ok = ch == '%' ? shell_pattern::trim_suffix(word, v, greedy, error)
                              : shell_pattern::trim_prefix(word, v, greedy, error);
          if (!ok) return fail("invalid pattern (" + word + ") in substitution: " + error);
          result = std::move(v);
          return true;
        }
        default:
          return fail("unsupported modifier (" + chs + ") in substitution");
      }
    }
    if (ch == '/' && !null_is_unset) {
      bool all = peek() == '/';
      if (all) next();
      std::string pattern;
      if (!process_stop_on('/', true, pattern, nullptr)) {
        if (peek() == kEof && !out_.limit) out_.error = "syntax error: missing '/' in ${}";
        return false;
      }
      std::string replacement;
      if (!process_stop_on('}', true, replacement, nullptr)) {
        if (peek() == kEof && !out_.limit) out_.error = "syntax error: missing '}'";
        return false;
      }
      auto value = get_env(name);
      if (!value && options_.skip_unset_env) {
        result = "${" + name + "/" + pattern + "/" + replacement + "}";
        return true;
      }
      std::string v = value.value_or("");
      std::string error;
      if (!shell_pattern::replace(pattern, replacement, all, v, error, kMaxExpandedBytes)) {
        if (error.empty()) return fail_too_long();
        return fail("invalid pattern (" + pattern + ") in substitution: " + error);
      }
      result = std::move(v);
      return true;
    }
    return fail("unsupported modifier (" + chs + ") in substitution");
  }

  const LexerOptions& options_;
  const Environment& env_;
  Expansion& out_;
  std::vector<char32_t> chars_;
  std::size_t pos_ = 0;
  bool raw_escapes_ = false;
  int depth_ = 0;  // process_stop_on frames open: ${A:-${B:-…}} recurses once per level
  std::unordered_set<std::string> used_seen_, unset_seen_;
};

}  // namespace

Expansion ShellLexer::process_word(std::string_view word, const Environment& env) const {
  Expansion out;
  ShellWord(word, options_, env, out).run(false);
  if (!out.ok()) out.words.clear();
  return out;
}

Expansion ShellLexer::process_words(std::string_view text, const Environment& env) const {
  Expansion out;
  ShellWord(text, options_, env, out).run(true);
  if (!out.ok()) out.words.clear();
  return out;
}

}  // namespace plimsoll::dockerfile
