// Go encoding/json semantics for exec-form arguments: the whole text must be valid JSON;
// an array of strings is accepted, any other valid array is a hard error, anything else
// falls back to shell form.
#include "dockerfile/parser_internal.h"
#include <vector>

#include "util/text.h"

namespace plimsoll::dockerfile::internal {
namespace {

constexpr std::size_t kMaxDepth = 10000;  // Go's decoder limit; deeper is a syntax error

class JsonReader {
 public:
  explicit JsonReader(std::string_view text) : s_(text) {}

  void skip_ws() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) ++pos_;
  }
  bool at_end() const { return pos_ >= s_.size(); }
  std::size_t pos() const { return pos_; }
  char peek() const { return pos_ < s_.size() ? s_[pos_] : '\0'; }

  // Validates one value; for strings, decodes into `decoded` when non-null. Iterative, with an
  // explicit stack, so hostile nesting cannot exhaust the call stack.
  bool value(int /*depth*/, std::string* decoded, bool& is_string) {
    is_string = false;
    skip_ws();
    if (peek() == '"') {
      is_string = true;
      return string(decoded);
    }
    std::vector<char> closers;
    for (;;) {
      // Expecting a value.
      skip_ws();
      char c = peek();
      if (c == '[' || c == '{') {
        if (closers.size() >= kMaxDepth) return false;
        ++pos_;
        skip_ws();
        char closer = c == '[' ? ']' : '}';
        if (peek() == closer) {
          ++pos_;
        } else {
          closers.push_back(closer);
          if (closer == '}' && !key()) return false;
          continue;
        }
      } else if (c == '"') {
        if (!string(nullptr)) return false;
      } else if (c == '-' || util::is_ascii_digit(c)) {
        if (!number()) return false;
      } else if (!(literal("true") || literal("false") || literal("null"))) {
        return false;
      }
      // After a value: close containers or move to the next element.
      for (;;) {
        if (closers.empty()) return true;
        skip_ws();
        if (peek() == ',') {
          ++pos_;
          if (closers.back() == '}' && !key()) return false;
          break;
        }
        if (peek() != closers.back()) return false;
        ++pos_;
        closers.pop_back();
      }
    }
  }

 private:
  // `"key" :` inside an object.
  bool key() {
    skip_ws();
    if (peek() != '"' || !string(nullptr)) return false;
    skip_ws();
    if (peek() != ':') return false;
    ++pos_;
    return true;
  }
  bool literal(std::string_view word) {
    if (s_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }
  bool digits() {
    std::size_t start = pos_;
    while (pos_ < s_.size() && util::is_ascii_digit(s_[pos_])) ++pos_;
    return pos_ > start;
  }
  bool number() {
    if (peek() == '-') ++pos_;
    if (peek() == '0') {
      ++pos_;
    } else if (!digits()) {
      return false;
    }
    if (peek() == '.') {
      ++pos_;
      if (!digits()) return false;
    }
    if (peek() == 'e' || peek() == 'E') {
      ++pos_;
      if (peek() == '+' || peek() == '-') ++pos_;
      if (!digits()) return false;
    }
    return true;
  }
  int hex4(std::size_t at) const {
    if (at + 4 > s_.size()) return -1;
    int v = 0;
    for (std::size_t i = at; i < at + 4; ++i) {
      char c = s_[i];
      int d = util::is_ascii_digit(c) ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
      if (d < 0) return -1;
      v = v * 16 + d;
    }
    return v;
  }
  bool string(std::string* out) {
    ++pos_;  // opening quote
    while (pos_ < s_.size()) {
      unsigned char c = static_cast<unsigned char>(s_[pos_]);
      if (c == '"') {
        ++pos_;
        return true;
      }
      if (c < 0x20) return false;
      if (c == '\\') {
        if (pos_ + 1 >= s_.size()) return false;
        char e = s_[pos_ + 1];
        pos_ += 2;
        char32_t cp = 0;
        switch (e) {
          case '"': cp = '"'; break;
          case '\\': cp = '\\'; break;
          case '/': cp = '/'; break;
          case 'b': cp = '\b'; break;
          case 'f': cp = '\f'; break;
          case 'n': cp = '\n'; break;
          case 'r': cp = '\r'; break;
          case 't': cp = '\t'; break;
          case 'u': {
            int v = hex4(pos_);
            if (v < 0) return false;
            pos_ += 4;
            cp = static_cast<char32_t>(v);
            if (cp >= 0xD800 && cp < 0xDC00) {
              // A high surrogate combines with a following \u low surrogate; alone it is U+FFFD.
              int low = (pos_ + 1 < s_.size() && s_[pos_] == '\\' && s_[pos_ + 1] == 'u') ? hex4(pos_ + 2) : -1;
              if (low >= 0xDC00 && low < 0xE000) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (static_cast<char32_t>(low) - 0xDC00);
                pos_ += 6;
              } else {
                cp = 0xFFFD;
              }
            } else if (cp >= 0xDC00 && cp < 0xE000) {
              cp = 0xFFFD;
            }
            break;
          }
          default:
            return false;
        }
        if (out) util::append_utf8(*out, cp);
        continue;
      }
      std::size_t len = 1;
      char32_t cp = util::decode_utf8(s_, pos_, len);
      if (out) {
        if (cp == 0xFFFD && len == 1) {
          util::append_utf8(*out, 0xFFFD);
        } else {
          out->append(s_.substr(pos_, len));
        }
      }
      pos_ += len;
    }
    return false;
  }

  std::string_view s_;
  std::size_t pos_ = 0;
};

}  // namespace

JsonArrayResult parse_json_string_array(std::string_view text, std::vector<Piece>& out) {
  out.clear();
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t len = 1;
    char32_t cp = util::decode_utf8(text, start, len);
    if (!util::is_unicode_space(cp)) break;
    start += len;
  }
  if (start >= text.size() || text[start] != '[') return JsonArrayResult::kNotJson;
  // First validate the whole document (trailing text or bad syntax means shell form).
  {
    JsonReader check(text.substr(start));
    bool is_string = false;
    if (!check.value(0, nullptr, is_string)) return JsonArrayResult::kNotJson;
    check.skip_ws();
    if (!check.at_end()) return JsonArrayResult::kNotJson;
  }
  // Walk the top-level array again, decoding strings and rejecting other element types.
  std::string_view body = text.substr(start);
  std::size_t pos = 1;
  auto skip = [&] {
    while (pos < body.size() && (body[pos] == ' ' || body[pos] == '\t' || body[pos] == '\n' || body[pos] == '\r')) ++pos;
  };
  skip();
  if (pos < body.size() && body[pos] == ']') return JsonArrayResult::kOk;
  for (;;) {
    skip();
    JsonReader element(body.substr(pos));
    std::string decoded;
    bool is_string = false;
    std::size_t element_start = pos;
    if (!element.value(0, &decoded, is_string)) return JsonArrayResult::kNotJson;
    pos += element.pos();
    if (!is_string) return JsonArrayResult::kNotStringArray;
    out.push_back({std::move(decoded), start + element_start, start + pos});
    skip();
    if (pos < body.size() && body[pos] == ',') {
      ++pos;
      continue;
    }
    return JsonArrayResult::kOk;
  }
}

}  // namespace plimsoll::dockerfile::internal
