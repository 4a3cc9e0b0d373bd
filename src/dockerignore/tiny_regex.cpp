#include "dockerignore/tiny_regex.h"

#include <algorithm>
#include <cstdint>

#include "util/text.h"

namespace plimsoll::dockerignore {

using Ranges = std::vector<std::pair<char32_t, char32_t>>;
using Op = TinyRegex::Inst::Op;

namespace {

constexpr char32_t kMaxRune = 0x10FFFF;

Ranges normalise(Ranges r) {
  std::sort(r.begin(), r.end());
  Ranges out;
  for (const auto& [lo, hi] : r) {
    if (!out.empty() && lo <= out.back().second + 1) {
      out.back().second = std::max(out.back().second, hi);
    } else {
      out.emplace_back(lo, hi);
    }
  }
  return out;
}

Ranges negate(const Ranges& r) {
  Ranges sorted = normalise(r);
  Ranges out;
  char32_t next = 0;
  for (const auto& [lo, hi] : sorted) {
    if (lo > next) out.emplace_back(next, lo - 1);
    next = hi + 1;
  }
  if (next <= kMaxRune) out.emplace_back(next, kMaxRune);
  return out;
}

bool in_ranges(const Ranges& r, char32_t c) {
  auto it = std::upper_bound(r.begin(), r.end(), c,
                             [](char32_t v, const auto& range) { return v < range.first; });
  return it != r.begin() && c <= std::prev(it)->second;
}

bool is_word(char32_t c) {
  return c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Perl classes \d \s \w (upper case negates), as Go defines them: ASCII only.
bool perl_class(char c, Ranges& out) {
  Ranges r;
  switch (util::ascii_lower(c)) {
    case 'd':
      r = {{'0', '9'}};
      break;
    case 's':
      r = {{'\t', '\n'}, {'\f', '\r'}, {' ', ' '}};
      break;
    case 'w':
      r = {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}};
      break;
    default:
      return false;
  }
  if (c >= 'A' && c <= 'Z') r = negate(r);
  out.insert(out.end(), r.begin(), r.end());
  return true;
}

bool posix_class(std::string_view name, Ranges& out) {
  bool negated = !name.empty() && name[0] == '^';
  if (negated) name.remove_prefix(1);
  Ranges r;
  if (name == "alnum")
    r = {{'0', '9'}, {'A', 'Z'}, {'a', 'z'}};
  else if (name == "alpha")
    r = {{'A', 'Z'}, {'a', 'z'}};
  else if (name == "ascii")
    r = {{0, 0x7F}};
  else if (name == "blank")
    r = {{'\t', '\t'}, {' ', ' '}};
  else if (name == "cntrl")
    r = {{0, 0x1F}, {0x7F, 0x7F}};
  else if (name == "digit")
    r = {{'0', '9'}};
  else if (name == "graph")
    r = {{'!', '~'}};
  else if (name == "lower")
    r = {{'a', 'z'}};
  else if (name == "print")
    r = {{' ', '~'}};
  else if (name == "punct")
    r = {{'!', '/'}, {':', '@'}, {'[', '`'}, {'{', '~'}};
  else if (name == "space")
    r = {{'\t', '\r'}, {' ', ' '}};
  else if (name == "upper")
    r = {{'A', 'Z'}};
  else if (name == "word")
    r = {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}};
  else if (name == "xdigit")
    r = {{'0', '9'}, {'A', 'F'}, {'a', 'f'}};
  else
    return false;
  if (negated) r = negate(r);
  out.insert(out.end(), r.begin(), r.end());
  return true;
}

int hex_value(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
  return -1;
}

struct Node {
  enum class Kind {
    kClass,
    kAny,
    kBegin,
    kEnd,
    kWordBoundary,
    kNotWordBoundary,
    kConcat,
    kStar,
    kQuest,
    kPlus
  };
  Kind kind = Kind::kConcat;
  uint32_t cls = 0;
  std::vector<Node> kids;
};

}  // namespace

// Recursive descent over Go regexp syntax, limited to what generated expressions can contain.
class RegexParser {
 public:
  RegexParser(std::string_view src, TinyRegex& re) : src_(src), re_(re) {}

  bool parse(Node& root) {
    if (!parse_concat(root, 0)) return false;
    if (pos_ < src_.size()) return fail(TinyRegex::Status::kInvalid, "unexpected )");
    return true;
  }

  void emit(const Node& n) {
    auto& p = re_.program_;
    auto here = [&] { return static_cast<uint32_t>(p.size()); };
    switch (n.kind) {
      case Node::Kind::kClass:
        p.push_back({Op::kClass, n.cls, 0});
        break;
      case Node::Kind::kAny:
        p.push_back({Op::kAnyNotNewline, 0, 0});
        break;
      case Node::Kind::kBegin:
        p.push_back({Op::kBegin, 0, 0});
        break;
      case Node::Kind::kEnd:
        p.push_back({Op::kEnd, 0, 0});
        break;
      case Node::Kind::kWordBoundary:
        p.push_back({Op::kWordBoundary, 0, 0});
        break;
      case Node::Kind::kNotWordBoundary:
        p.push_back({Op::kNotWordBoundary, 0, 0});
        break;
      case Node::Kind::kConcat:
        for (const Node& k : n.kids) emit(k);
        break;
      case Node::Kind::kStar: {
        uint32_t split = here();
        p.push_back({Op::kSplit, split + 1, 0});
        emit(n.kids[0]);
        p.push_back({Op::kJump, split, 0});
        p[split].y = here();
        break;
      }
      case Node::Kind::kQuest: {
        uint32_t split = here();
        p.push_back({Op::kSplit, split + 1, 0});
        emit(n.kids[0]);
        p[split].y = here();
        break;
      }
      case Node::Kind::kPlus: {
        uint32_t start = here();
        emit(n.kids[0]);
        p.push_back({Op::kSplit, start, here() + 1});
        break;
      }
    }
  }

 private:
  bool fail(TinyRegex::Status status, std::string message) {
    re_.status_ = status;
    re_.error_ = std::move(message);
    return false;
  }

  bool at_end() const { return pos_ >= src_.size(); }
  char32_t peek(std::size_t& length) const { return util::decode_utf8(src_, pos_, length); }
  char32_t next() {
    std::size_t length = 1;
    char32_t c = peek(length);
    pos_ += length;
    return c;
  }

  uint32_t add_class(Ranges r) {
    re_.classes_.push_back(normalise(std::move(r)));
    return static_cast<uint32_t>(re_.classes_.size() - 1);
  }
  Node class_node(Ranges r) { return Node{Node::Kind::kClass, add_class(std::move(r)), {}}; }
  Node literal(char32_t c) { return class_node({{c, c}}); }

  bool parse_concat(Node& out, int depth) {
    out.kind = Node::Kind::kConcat;
    while (!at_end()) {
      char c = src_[pos_];
      if (c == ')') {
        if (depth == 0) return fail(TinyRegex::Status::kInvalid, "unexpected )");
        return true;
      }
      if (c == '*' || c == '?' || c == '+') {
        if (out.kids.empty())
          return fail(TinyRegex::Status::kInvalid, "missing argument to repetition operator");
        ++pos_;
        Node rep{c == '*'   ? Node::Kind::kStar
                 : c == '?' ? Node::Kind::kQuest
                            : Node::Kind::kPlus,
                 0,
                 {}};
        rep.kids.push_back(std::move(out.kids.back()));
        out.kids.back() = std::move(rep);
        if (!at_end() && src_[pos_] == '?') ++pos_;  // non-greedy: same language
        if (!at_end() && (src_[pos_] == '*' || src_[pos_] == '+' || src_[pos_] == '?')) {
          return fail(TinyRegex::Status::kInvalid, "invalid nested repetition operator");
        }
        continue;
      }
      if (c == '|') return fail(TinyRegex::Status::kUnsupported, "alternation");
      Node atom;
      if (!parse_atom(atom, depth)) return false;
      if (atom.kind == Node::Kind::kConcat && c == '\\') {  // \Q...\E: separate literals
        for (Node& k : atom.kids) out.kids.push_back(std::move(k));
        continue;
      }
      out.kids.push_back(std::move(atom));
    }
    if (depth > 0) return fail(TinyRegex::Status::kInvalid, "missing closing )");
    return true;
  }

  bool parse_atom(Node& out, int depth) {
    char c = src_[pos_];
    switch (c) {
      case '^':
        ++pos_;
        out.kind = Node::Kind::kBegin;
        return true;
      case '$':
        ++pos_;
        out.kind = Node::Kind::kEnd;
        return true;
      case '.':
        ++pos_;
        out.kind = Node::Kind::kAny;
        return true;
      case '[':
        return parse_class(out);
      case '(': {
        ++pos_;
        if (!at_end() && src_[pos_] == '?')
          return fail(TinyRegex::Status::kUnsupported, "group flags");
        if (depth > 64) return fail(TinyRegex::Status::kUnsupported, "nesting too deep");
        if (!parse_concat(out, depth + 1)) return false;
        ++pos_;  // the `)` parse_concat stopped at
        return true;
      }
      case '\\':
        return parse_escape_atom(out);
      default:
        out = literal(next());
        return true;
    }
  }

  bool parse_escape_atom(Node& out) {
    if (pos_ + 1 < src_.size()) {
      switch (src_[pos_ + 1]) {
        case 'A':
          pos_ += 2;
          out.kind = Node::Kind::kBegin;
          return true;
        case 'z':
          pos_ += 2;
          out.kind = Node::Kind::kEnd;
          return true;
        case 'b':
          pos_ += 2;
          out.kind = Node::Kind::kWordBoundary;
          return true;
        case 'B':
          pos_ += 2;
          out.kind = Node::Kind::kNotWordBoundary;
          return true;
        case 'C':
          return fail(TinyRegex::Status::kInvalid, "invalid escape \\C");
        case 'Q': {
          // Literal text up to \E, or to the end of the expression (its `$` included).
          std::size_t start = pos_ + 2;
          std::size_t stop = src_.find("\\E", start);
          std::string_view lit = src_.substr(
              start, stop == std::string_view::npos ? std::string_view::npos : stop - start);
          pos_ = stop == std::string_view::npos ? src_.size() : stop + 2;
          out.kind = Node::Kind::kConcat;
          for (std::size_t i = 0; i < lit.size();) {
            std::size_t length = 1;
            out.kids.push_back(literal(util::decode_utf8(lit, i, length)));
            i += length;
          }
          return true;
        }
        case 'p':
        case 'P':
          return fail(TinyRegex::Status::kUnsupported, "Unicode class escape");
        default:
          break;
      }
      Ranges r;
      if (perl_class(src_[pos_ + 1], r)) {
        pos_ += 2;
        out = class_node(std::move(r));
        return true;
      }
    }
    char32_t c = 0;
    if (!parse_escape(c)) return false;
    out = literal(c);
    return true;
  }

  // Go's parseEscape: punctuation, octal, hex and the C control escapes.
  bool parse_escape(char32_t& out) {
    ++pos_;  // the backslash
    if (at_end()) return fail(TinyRegex::Status::kInvalid, "trailing backslash");
    char32_t c = next();
    if (c < 0x80 && !util::is_ascii_alpha(static_cast<char>(c)) &&
        !util::is_ascii_digit(static_cast<char>(c))) {
      out = c;
      return true;
    }
    auto octal = [&](std::size_t i) {
      return pos_ + i < src_.size() && src_[pos_ + i] >= '0' && src_[pos_ + i] <= '7';
    };
    switch (c) {
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7':
        if (!octal(0)) break;  // a backreference, which Go rejects
        [[fallthrough]];
      case '0': {
        out = c - '0';
        for (int i = 1; i < 3 && octal(0); ++i)
          out = out * 8 + static_cast<char32_t>(src_[pos_++] - '0');
        return true;
      }
      case 'x': {
        if (at_end()) break;
        char32_t first = next();
        if (first == '{') {
          int digits = 0;
          char32_t value = 0;
          while (!at_end() && src_[pos_] != '}') {
            int v = hex_value(next());
            if (v < 0 || value > kMaxRune)
              return fail(TinyRegex::Status::kInvalid, "invalid escape");
            value = value * 16 + static_cast<char32_t>(v);
            ++digits;
          }
          if (at_end() || digits == 0 || value > kMaxRune) break;
          ++pos_;
          out = value;
          return true;
        }
        if (at_end()) break;
        int hi = hex_value(first);
        int lo = hex_value(next());
        if (hi < 0 || lo < 0) break;
        out = static_cast<char32_t>(hi * 16 + lo);
        return true;
      }
      case 'a':
        out = 7;
        return true;
      case 'f':
        out = 12;
        return true;
      case 'n':
        out = 10;
        return true;
      case 'r':
        out = 13;
        return true;
      case 't':
        out = 9;
        return true;
      case 'v':
        out = 11;
        return true;
      default:
        break;
    }
    return fail(TinyRegex::Status::kInvalid, "invalid escape sequence");
  }

  bool parse_class_char(char32_t& out) {
    if (at_end()) return fail(TinyRegex::Status::kInvalid, "missing closing ]");
    if (src_[pos_] == '\\') return parse_escape(out);
    out = next();
    return true;
  }

  bool parse_class(Node& out) {
    ++pos_;  // [
    bool negated = false;
    if (!at_end() && src_[pos_] == '^') {
      negated = true;
      ++pos_;
    }
    Ranges r;
    for (bool first = true; at_end() || src_[pos_] != ']' || first; first = false) {
      if (!at_end() && src_.compare(pos_, 2, "[:") == 0) {
        std::size_t close = src_.find(":]", pos_ + 2);
        if (close != std::string_view::npos) {
          if (!posix_class(src_.substr(pos_ + 2, close - pos_ - 2), r)) {
            return fail(TinyRegex::Status::kInvalid, "invalid character class range");
          }
          pos_ = close + 2;
          continue;
        }
      }
      if (pos_ + 1 < src_.size() && src_[pos_] == '\\') {
        char e = src_[pos_ + 1];
        if (e == 'p' || e == 'P')
          return fail(TinyRegex::Status::kUnsupported, "Unicode class escape");
        if (perl_class(e, r)) {
          pos_ += 2;
          continue;
        }
      }
      char32_t lo = 0;
      if (!parse_class_char(lo)) return false;
      char32_t hi = lo;
      if (pos_ + 1 < src_.size() && src_[pos_] == '-' && src_[pos_ + 1] != ']') {
        ++pos_;
        if (!parse_class_char(hi)) return false;
        if (hi < lo) return fail(TinyRegex::Status::kInvalid, "invalid character class range");
      }
      r.emplace_back(lo, hi);
    }
    ++pos_;  // ]
    out = class_node(negated ? negate(r) : std::move(r));
    return true;
  }

  std::string_view src_;
  std::size_t pos_ = 0;
  TinyRegex& re_;
};

TinyRegex TinyRegex::compile(std::string_view source) {
  TinyRegex re;
  RegexParser parser(source, re);
  Node root;
  if (!parser.parse(root)) {
    re.program_.clear();
    re.classes_.clear();
    return re;
  }
  parser.emit(root);
  re.program_.push_back({Op::kMatch, 0, 0});
  return re;
}

bool TinyRegex::matches(std::string_view text) const {
  return run(text, false);
}
bool TinyRegex::may_match_longer(std::string_view prefix) const {
  return run(prefix, true);
}

bool TinyRegex::run(std::string_view text, bool longer) const {
  if (status_ != Status::kOk) return false;
  const std::size_t n = program_.size();
  std::vector<uint32_t> current, following, stack;
  std::vector<std::size_t> mark(n, SIZE_MAX);
  std::size_t generation = 0;
  bool matched = false;

  // Follows empty transitions from `start` at a position whose neighbours are `prev`/`next`
  // (-1 = none, -2 = unknown: the conservative "longer" question at the end of the prefix).
  auto add = [&](std::vector<uint32_t>& list, uint32_t start, bool at_begin, long prev, long next) {
    stack.assign(1, start);
    while (!stack.empty()) {
      uint32_t pc = stack.back();
      stack.pop_back();
      if (mark[pc] == generation) continue;
      mark[pc] = generation;
      const Inst& inst = program_[pc];
      bool boundary = next != -2 && (prev >= 0 && is_word(static_cast<char32_t>(prev))) !=
                                        (next >= 0 && is_word(static_cast<char32_t>(next)));
      switch (inst.op) {
        case Op::kSplit:
          stack.push_back(inst.y);
          stack.push_back(inst.x);
          break;
        case Op::kJump:
          stack.push_back(inst.x);
          break;
        case Op::kBegin:
          if (at_begin) stack.push_back(pc + 1);
          break;
        case Op::kEnd:
          if (next == -1) stack.push_back(pc + 1);
          break;
        case Op::kWordBoundary:
          if (next == -2 || boundary) stack.push_back(pc + 1);
          break;
        case Op::kNotWordBoundary:
          if (next == -2 || !boundary) stack.push_back(pc + 1);
          break;
        case Op::kMatch:
          matched = true;
          break;
        default:
          list.push_back(pc);
          break;
      }
    }
  };
  auto rune_at = [&](std::size_t pos, std::size_t& length) -> long {
    if (pos >= text.size()) return longer ? -2 : -1;
    return static_cast<long>(util::decode_utf8(text, pos, length));
  };

  std::size_t first_length = 1;
  add(current, 0, true, -1, rune_at(0, first_length));
  for (std::size_t pos = 0; pos < text.size() && !current.empty() && !matched;) {
    std::size_t length = 1;
    char32_t c = util::decode_utf8(text, pos, length);
    std::size_t next_length = 1;
    long next = rune_at(pos + length, next_length);
    ++generation;
    following.clear();
    for (uint32_t pc : current) {
      const Inst& inst = program_[pc];
      bool ok = inst.op == Op::kClass ? in_ranges(classes_[inst.x], c) : c != '\n';
      if (ok) add(following, pc + 1, false, static_cast<long>(c), next);
    }
    std::swap(current, following);
    pos += length;
  }
  if (matched || !longer) return matched;

  // Reachability over any characters: at least one more must be consumed before a match.
  std::vector<char> seen(n * 2, 0);
  std::vector<std::pair<uint32_t, bool>> todo;
  for (uint32_t pc : current) todo.emplace_back(pc, false);
  while (!todo.empty()) {
    auto [pc, consumed] = todo.back();
    todo.pop_back();
    char& s = seen[pc * 2 + (consumed ? 1 : 0)];
    if (s) continue;
    s = 1;
    const Inst& inst = program_[pc];
    switch (inst.op) {
      case Op::kClass:
        if (!classes_[inst.x].empty()) todo.emplace_back(pc + 1, true);
        break;
      case Op::kAnyNotNewline:
        todo.emplace_back(pc + 1, true);
        break;
      case Op::kSplit:
        todo.emplace_back(inst.x, consumed);
        todo.emplace_back(inst.y, consumed);
        break;
      case Op::kJump:
        todo.emplace_back(inst.x, consumed);
        break;
      case Op::kBegin:
        if (text.empty() && !consumed) todo.emplace_back(pc + 1, consumed);
        break;
      case Op::kEnd:
        if (consumed) todo.emplace_back(pc + 1, consumed);
        break;
      case Op::kWordBoundary:
      case Op::kNotWordBoundary:
        todo.emplace_back(pc + 1, consumed);
        break;
      case Op::kMatch:
        if (consumed) return true;
        break;
    }
  }
  return false;
}

}  // namespace plimsoll::dockerignore
