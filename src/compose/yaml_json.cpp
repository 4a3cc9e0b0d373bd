#include "compose/yaml_json.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <optional>
#include <string>

namespace plimsoll::compose {
namespace {

using nlohmann::json;

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// Go's strconv.ParseInt/ParseUint with base 0: sign, then 0x/0o/0b or a leading 0 (octal).
struct ParsedInt {
  bool negative = false;
  uint64_t magnitude = 0;
};

std::optional<ParsedInt> parse_go_int(std::string_view s) {
  ParsedInt out;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    out.negative = s[0] == '-';
    s.remove_prefix(1);
  }
  int base = 10;
  if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
    base = 16;
    s.remove_prefix(2);
  } else if (s.size() > 2 && s[0] == '0' && (s[1] == 'o' || s[1] == 'O')) {
    base = 8;
    s.remove_prefix(2);
  } else if (s.size() > 2 && s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) {
    base = 2;
    s.remove_prefix(2);
  } else if (s.size() > 1 && s[0] == '0') {
    base = 8;
    s.remove_prefix(1);
  }
  if (s.empty()) return std::nullopt;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out.magnitude, base);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return out;
}

// yaml.v3's float form: [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
bool is_yaml_float(std::string_view s) {
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  if (i < s.size() && s[i] == '.') {
    ++i;
    std::size_t start = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    if (i == start) return false;
  } else {
    std::size_t start = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    if (i == start) return false;
    if (i < s.size() && s[i] == '.') {
      ++i;
      while (i < s.size() && is_digit(s[i])) ++i;
    }
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    std::size_t start = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    if (i == start) return false;
  }
  return i == s.size();
}

json number_from_int(const ParsedInt& n) {
  constexpr uint64_t kMaxInt = static_cast<uint64_t>(std::numeric_limits<int64_t>::max());
  if (!n.negative && n.magnitude <= kMaxInt) return json(static_cast<int64_t>(n.magnitude));
  if (n.negative && n.magnitude <= kMaxInt + 1) {
    return json(n.magnitude == kMaxInt + 1 ? std::numeric_limits<int64_t>::min()
                                           : -static_cast<int64_t>(n.magnitude));
  }
  if (!n.negative) return json(n.magnitude);  // what ParseUint accepts
  return nullptr;
}

bool one_of(std::string_view s, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (s == w) return true;
  }
  return false;
}

}  // namespace

json plain_scalar_value(std::string_view text) {
  if (one_of(text, {"", "~", "null", "Null", "NULL"})) return nullptr;
  if (one_of(text, {"true", "True", "TRUE"})) return true;
  if (one_of(text, {"false", "False", "FALSE"})) return false;
  if (one_of(text, {".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"})) {
    return std::numeric_limits<double>::infinity();
  }
  if (one_of(text, {"-.inf", "-.Inf", "-.INF"})) return -std::numeric_limits<double>::infinity();
  if (one_of(text, {".nan", ".NaN", ".NAN"})) return std::numeric_limits<double>::quiet_NaN();
  char first = text[0];
  if (first == '.') {
    // Not a special float, so perhaps `.5`.
    if (is_yaml_float(text)) return std::strtod(std::string(text).c_str(), nullptr);
    return std::string(text);
  }
  if (!is_digit(first) && first != '+' && first != '-') return std::string(text);
  std::string plain;
  plain.reserve(text.size());
  for (char c : text) {
    if (c != '_') plain += c;
  }
  if (auto n = parse_go_int(plain)) {
    json value = number_from_int(*n);
    if (!value.is_null()) return value;
  }
  if (is_yaml_float(plain)) return std::strtod(plain.c_str(), nullptr);
  return std::string(text);
}

json yaml_to_json(const util::YamlNode& node) {
  switch (node.kind) {
    case util::YamlNode::Kind::kNull:
      return nullptr;
    case util::YamlNode::Kind::kScalar:
      return node.plain && !node.interpolated ? plain_scalar_value(node.scalar) : json(node.scalar);
    case util::YamlNode::Kind::kSequence: {
      json array = json::array();
      for (const util::YamlNode& item : node.items) array.push_back(yaml_to_json(item));
      return array;
    }
    case util::YamlNode::Kind::kMap: {
      json object = json::object();
      for (const util::YamlEntry& entry : node.entries) {
        if (!object.contains(entry.key.scalar)) {
          object.emplace(entry.key.scalar, yaml_to_json(entry.value));
        }
      }
      return object;
    }
  }
  return nullptr;
}

const util::YamlNode* node_at_pointer(const util::YamlNode& root, std::string_view pointer,
                                      bool key) {
  const util::YamlNode* node = &root;
  const util::YamlNode* key_node = nullptr;
  while (!pointer.empty()) {
    pointer.remove_prefix(1);  // the '/'
    std::size_t end = pointer.find('/');
    std::string_view raw = pointer.substr(0, end);
    pointer = end == std::string_view::npos ? std::string_view() : pointer.substr(end);
    std::string token;
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] == '~' && i + 1 < raw.size()) {
        token += raw[i + 1] == '1' ? '/' : '~';
        ++i;
      } else {
        token += raw[i];
      }
    }
    key_node = nullptr;
    if (node->is_map()) {
      const util::YamlEntry* found = nullptr;
      for (const util::YamlEntry& entry : node->entries) {
        if (entry.key.scalar == token) {
          found = &entry;
          break;
        }
      }
      if (found == nullptr) return nullptr;
      key_node = &found->key;
      node = &found->value;
    } else if (node->is_sequence()) {
      std::size_t index = 0;
      auto [p, ec] = std::from_chars(token.data(), token.data() + token.size(), index);
      if (ec != std::errc() || p != token.data() + token.size() || index >= node->items.size()) {
        return nullptr;
      }
      node = &node->items[index];
    } else {
      return nullptr;
    }
  }
  return key && key_node != nullptr ? key_node : node;
}

}  // namespace plimsoll::compose
