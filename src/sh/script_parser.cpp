// A forgiving sh parser: a tokenizer that understands quoting, expansions and heredocs, and a
// flat command builder that treats control-flow keywords and brackets as separators. It never
// fails: unbalanced input produces diagnostics and a best-effort command list.
#include <algorithm>
#include <cstdint>

#include "sh/script.h"
#include "util/text.h"

namespace plimsoll::sh {
namespace {

constexpr int kMaxNesting = 16;
constexpr std::size_t kNotStored = SIZE_MAX - 1;

enum class TokenKind { kWord, kOperator, kRedirect, kNewline, kEnd };

struct Token {
  TokenKind kind = TokenKind::kEnd;
  std::string text;  // operator text, or redirect op
  std::string fd;    // redirect file descriptor
  Word word;
  std::size_t begin = 0;
};

bool is_operator_char(char c) { return c == '|' || c == '&' || c == ';' || c == '<' || c == '>' || c == '(' || c == ')'; }
bool is_name_char(char c) { return util::is_ascii_alpha(c) || util::is_ascii_digit(c) || c == '_'; }

class Parser {
 public:
  Parser(std::string_view text, uint32_t base, int nesting, Script& out)
      : s_(text), base_(base), nesting_(nesting), out_(out) {}

  void run() {
    Command current;
    Joiner next_joiner = Joiner::kStart;
    bool expect_program = true;
    std::size_t skip_words = 0;  // words still to skip after `for`/`case` headers
    struct PendingHeredoc {
      std::size_t command;   // SIZE_MAX until the command is stored
      std::size_t redirect;
      Redirect copy;         // delimiter and operator, used when the command was not stored
    };
    std::vector<PendingHeredoc> heredoc_targets;
    auto finish = [&](Joiner joiner_after) {
      bool stored = !current.words.empty() || !current.assignments.empty();
      // Heredocs opened by this command now know where their body goes; a command that is not
      // stored (redirections only) keeps its body in the pending copy.
      for (auto& target : heredoc_targets) {
        if (target.command == SIZE_MAX) target.command = stored ? out_.commands.size() : kNotStored;
      }
      if (stored) {
        current.joined_by = next_joiner;
        // The right-hand side of `|` is in the pipeline as much as the left-hand side.
        if (next_joiner == Joiner::kPipe) current.in_pipeline = true;
        current.nesting = nesting_;
        current.subshell = subshell_depth_;
        out_.commands.push_back(std::move(current));
        std::size_t index = out_.commands.size() - 1;
        expand_nested(index);
      }
      current = Command{};
      next_joiner = joiner_after;
      expect_program = true;
    };
    for (;;) {
      Token tok = next_token();
      if (tok.kind == TokenKind::kEnd) {
        finish(Joiner::kSequence);
        break;
      }
      if (tok.kind == TokenKind::kNewline) {
        // Heredoc bodies start on the line after the one that opened them.
        finish(Joiner::kSequence);
        for (auto& target : heredoc_targets) {
          bool in_command = target.command < out_.commands.size() &&
                            target.redirect < out_.commands[target.command].redirects.size();
          read_heredoc(in_command ? out_.commands[target.command].redirects[target.redirect] : target.copy);
        }
        heredoc_targets.clear();
        continue;
      }
      if (tok.kind == TokenKind::kOperator) {
        const std::string& op = tok.text;
        Joiner joiner = op == "&&" ? Joiner::kAnd : op == "||" ? Joiner::kOr
                      : (op == "|" || op == "|&") ? Joiner::kPipe : op == "&" ? Joiner::kBackground
                      : Joiner::kSequence;
        if (joiner == Joiner::kPipe && !current.words.empty()) current.in_pipeline = true;
        finish(joiner);
        // `case` patterns end in `)` without an opening one, hence the floor at zero.
        if (op == "(") ++subshell_depth_;
        if (op == ")" && subshell_depth_ > 0) --subshell_depth_;
        continue;
      }
      if (tok.kind == TokenKind::kRedirect) {
        Redirect r;
        r.op = tok.text;
        r.fd = tok.fd;
        Token target = next_token();
        if (target.kind != TokenKind::kWord) {
          error(tok.begin, "redirection without a target");
          if (target.kind == TokenKind::kEnd) break;
          continue;
        }
        r.target = std::move(target.word);
        current.redirects.push_back(std::move(r));
        if (tok.text == "<<" || tok.text == "<<-") {
          heredoc_targets.push_back({SIZE_MAX, current.redirects.size() - 1, current.redirects.back()});
        }
        continue;
      }
      // A word.
      if (skip_words > 0) {
        if (tok.word.value == "do") skip_words = 0;
        continue;
      }
      if (expect_program && current.words.empty()) {
        const std::string& v = tok.word.raw;
        if (v == "if" || v == "then" || v == "else" || v == "elif" || v == "fi" || v == "do" ||
            v == "done" || v == "while" || v == "until" || v == "{" || v == "}" || v == "!" ||
            v == "esac" || v == "function") {
          continue;
        }
        if (v == "for" || v == "select") {
          skip_words = 1;  // the loop header up to `do`
          continue;
        }
        if (v == "case") {
          skip_case_header();
          continue;
        }
        if (is_assignment(tok.word.raw)) {
          current.assignments.push_back(std::move(tok.word));
          continue;
        }
      }
      expect_program = false;
      current.words.push_back(std::move(tok.word));
    }
  }

 private:
  void error(std::size_t at, std::string message) {
    uint32_t offset = base_ + static_cast<uint32_t>(std::min(at, s_.size()));
    out_.diagnostics.push_back({core::Severity::kWarning, {offset, offset + 1}, std::move(message)});
  }

  static bool is_assignment(std::string_view raw) {
    std::size_t eq = raw.find('=');
    if (eq == 0 || eq == std::string_view::npos) return false;
    if (util::is_ascii_digit(raw[0])) return false;
    return std::all_of(raw.begin(), raw.begin() + static_cast<std::ptrdiff_t>(eq), is_name_char);
  }

  // `case WORD in` … the arms' patterns end at `)`; commands in arms are parsed normally.
  void skip_case_header() {
    for (;;) {
      Token tok = next_token();
      if (tok.kind == TokenKind::kEnd) return;
      if (tok.kind == TokenKind::kWord && tok.word.raw == "in") break;
    }
    in_case_ = true;
    skip_pattern();
  }

  void skip_pattern() {
    // Skip blanks and newlines, then everything up to the pattern's closing parenthesis.
    while (pos_ < s_.size()) {
      skip_blanks();
      if (pos_ < s_.size() && s_[pos_] == '\n') {
        ++pos_;
        continue;
      }
      break;
    }
    if (s_.substr(pos_, 4) == "esac") {
      pos_ += 4;
      in_case_ = false;
      return;
    }
    while (pos_ < s_.size() && s_[pos_] != ')' && s_[pos_] != '\n') ++pos_;
    if (pos_ < s_.size() && s_[pos_] == ')') ++pos_;
  }

  void skip_blanks() {
    while (pos_ < s_.size()) {
      char c = s_[pos_];
      if (c == ' ' || c == '\t' || c == '\r') {
        ++pos_;
      } else if (c == '\\' && pos_ + 1 < s_.size() && s_[pos_ + 1] == '\n') {
        pos_ += 2;
      } else if (c == '#') {
        while (pos_ < s_.size() && s_[pos_] != '\n') ++pos_;
      } else {
        break;
      }
    }
  }

  Token next_token() {
    skip_blanks();
    Token tok;
    tok.begin = pos_;
    if (pos_ >= s_.size()) return tok;
    char c = s_[pos_];
    if (c == '\n') {
      ++pos_;
      tok.kind = TokenKind::kNewline;
      return tok;
    }
    // Redirections, with an optional leading file descriptor.
    std::size_t p = pos_;
    while (p < s_.size() && util::is_ascii_digit(s_[p])) ++p;
    if (p < s_.size() && (s_[p] == '<' || s_[p] == '>')) {
      static constexpr std::string_view kOps[] = {"<<<", "<<-", "&>>", ">>", "<<", ">&", "<&", "<>", ">|", "<", ">"};
      for (std::string_view op : kOps) {
        if (s_.substr(p, op.size()) == op) {
          tok.kind = TokenKind::kRedirect;
          tok.fd = std::string(s_.substr(pos_, p - pos_));
          tok.text = std::string(op);
          pos_ = p + op.size();
          return tok;
        }
      }
    }
    if (s_.substr(pos_, 3) == "&>>" || s_.substr(pos_, 2) == "&>") {
      tok.kind = TokenKind::kRedirect;
      tok.text = s_.substr(pos_, 3) == "&>>" ? "&>>" : "&>";
      pos_ += tok.text.size();
      return tok;
    }
    if (is_operator_char(c)) {
      static constexpr std::string_view kOps[] = {";;&", ";;", "&&", "||", "|&", ";&", "|", "&", ";", "(", ")"};
      for (std::string_view op : kOps) {
        if (s_.substr(pos_, op.size()) == op) {
          tok.kind = TokenKind::kOperator;
          tok.text = std::string(op);
          pos_ += op.size();
          if (in_case_ && (op == ";;" || op == ";;&" || op == ";&")) skip_pattern();
          return tok;
        }
      }
    }
    tok.kind = TokenKind::kWord;
    read_word(tok.word);
    return tok;
  }

  void read_word(Word& w) {
    std::size_t start = pos_;
    while (pos_ < s_.size()) {
      char c = s_[pos_];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || is_operator_char(c)) break;
      if (c == '\\') {
        if (pos_ + 1 < s_.size()) {
          if (s_[pos_ + 1] != '\n') w.value.push_back(s_[pos_ + 1]);
          pos_ += 2;
        } else {
          ++pos_;
        }
      } else if (c == '\'') {
        std::size_t end = s_.find('\'', pos_ + 1);
        if (end == std::string_view::npos) {
          error(pos_, "unterminated single quote");
          end = s_.size();
        }
        w.value.append(s_.substr(pos_ + 1, end - pos_ - 1));
        pos_ = std::min(end + 1, s_.size());
      } else if (c == '"') {
        read_double_quoted(w);
      } else if (c == '$' || c == '`') {
        read_expansion(w);
      } else {
        if (c == '*' || c == '?' || c == '[') w.has_expansion = true;
        w.value.push_back(c);
        ++pos_;
      }
    }
    w.raw = std::string(s_.substr(start, pos_ - start));
    w.span = {base_ + static_cast<uint32_t>(start), base_ + static_cast<uint32_t>(pos_)};
  }

  void read_double_quoted(Word& w) {
    ++pos_;
    while (pos_ < s_.size() && s_[pos_] != '"') {
      char c = s_[pos_];
      if (c == '\\' && pos_ + 1 < s_.size()) {
        char n = s_[pos_ + 1];
        if (n == '$' || n == '`' || n == '"' || n == '\\') {
          w.value.push_back(n);
        } else if (n != '\n') {
          w.value.push_back('\\');
          w.value.push_back(n);
        }
        pos_ += 2;
      } else if (c == '$' || c == '`') {
        read_expansion(w);
      } else {
        w.value.push_back(c);
        ++pos_;
      }
    }
    if (pos_ >= s_.size()) {
      error(pos_, "unterminated double quote");
    } else {
      ++pos_;
    }
  }

  // $NAME, ${…}, $(…), $((…)) and `…`: kept literally in the value; substitutions are parsed
  // as nested scripts so their commands are visible.
  void read_expansion(Word& w) {
    std::size_t start = pos_;
    w.has_expansion = true;
    if (s_[pos_] == '`') {
      std::size_t end = pos_ + 1;
      while (end < s_.size() && s_[end] != '`') end += (s_[end] == '\\' && end + 1 < s_.size()) ? 2 : 1;
      if (end >= s_.size()) error(pos_, "unterminated backquote");
      nested_.push_back({pos_ + 1, std::min(end, s_.size())});
      pos_ = std::min(end + 1, s_.size());
    } else if (pos_ + 1 < s_.size() && s_[pos_ + 1] == '(') {
      bool arithmetic = pos_ + 2 < s_.size() && s_[pos_ + 2] == '(';
      std::size_t end = matching(pos_ + 1, '(', ')');
      if (!arithmetic) nested_.push_back({pos_ + 2, std::min(end, s_.size())});
      pos_ = std::min(end + 1, s_.size());
    } else if (pos_ + 1 < s_.size() && s_[pos_ + 1] == '{') {
      pos_ = std::min(matching(pos_ + 1, '{', '}') + 1, s_.size());
    } else {
      ++pos_;
      if (pos_ < s_.size() && (is_name_char(s_[pos_]))) {
        while (pos_ < s_.size() && is_name_char(s_[pos_])) ++pos_;
      } else if (pos_ < s_.size() && std::string_view("@*#?-$!0123456789").find(s_[pos_]) != std::string_view::npos) {
        ++pos_;
      } else {
        w.has_expansion = pos_ - start > 1;
      }
    }
    w.value.append(s_.substr(start, pos_ - start));
  }

  // Index of the bracket closing the one at `open`, skipping quoted text; s_.size() if none.
  std::size_t matching(std::size_t open, char left, char right) {
    int depth = 0;
    for (std::size_t i = open; i < s_.size(); ++i) {
      char c = s_[i];
      if (c == '\\') {
        ++i;
      } else if (c == '\'') {
        std::size_t end = s_.find('\'', i + 1);
        if (end == std::string_view::npos) break;
        i = end;
      } else if (c == left) {
        ++depth;
      } else if (c == right && --depth == 0) {
        return i;
      }
    }
    error(open, std::string("unbalanced '") + left + "'");
    return s_.size();
  }

  void read_heredoc(Redirect& r) {
    std::string delimiter = r.target.value;
    bool strip_tabs = r.op == "<<-";
    while (pos_ < s_.size()) {
      std::size_t end = s_.find('\n', pos_);
      if (end == std::string_view::npos) end = s_.size();
      std::string_view line = s_.substr(pos_, end - pos_);
      pos_ = std::min(end + 1, s_.size());
      std::string_view check = line;
      if (strip_tabs) {
        while (!check.empty() && check.front() == '\t') check.remove_prefix(1);
      }
      if (!check.empty() && check.back() == '\r') check.remove_suffix(1);
      if (check == delimiter) return;
      r.heredoc.append(line);
      r.heredoc.push_back('\n');
    }
    error(pos_, "here-document delimited by end of input");
  }

  // Parses `$( )`/backtick bodies and `sh -c` scripts of the command just stored.
  void expand_nested(std::size_t index) {
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    ranges.swap(nested_);
    if (nesting_ + 1 > kMaxNesting) {
      if (!ranges.empty()) error(ranges.front().first, "command substitutions nested too deeply");
      return;
    }
    for (auto [begin, end] : ranges) {
      Parser inner(s_.substr(begin, end - begin), base_ + static_cast<uint32_t>(begin), nesting_ + 1, out_);
      inner.run();
    }
    const Command& cmd = out_.commands[index];
    std::string_view program = cmd.program();
    static constexpr std::string_view kShells[] = {"sh", "bash", "dash", "ash", "zsh", "ksh", "busybox"};
    if (std::find(std::begin(kShells), std::end(kShells), program) == std::end(kShells)) return;
    for (std::size_t i = 1; i + 1 < cmd.words.size(); ++i) {
      const std::string& v = cmd.words[i].value;
      if (v.size() < 2 || v[0] != '-' || v[1] == '-' || v.find('c') == std::string::npos) continue;
      const Word& body = cmd.words[i + 1];
      uint32_t offset = body.span.begin + ((body.raw.size() >= 2 && (body.raw[0] == '\'' || body.raw[0] == '"')) ? 1 : 0);
      std::string script = body.value;
      Parser inner(script, offset, nesting_ + 1, out_);
      inner.run();
      return;
    }
  }

  std::string_view s_;
  std::size_t pos_ = 0;
  uint32_t base_;
  int nesting_;
  int subshell_depth_ = 0;
  Script& out_;
  bool in_case_ = false;
  std::vector<std::pair<std::size_t, std::size_t>> nested_;
};

}  // namespace

Script parse_script(std::string_view text, uint32_t base_offset) {
  Script script;
  Parser(text, base_offset, 0, script).run();
  return script;
}

}  // namespace plimsoll::sh
