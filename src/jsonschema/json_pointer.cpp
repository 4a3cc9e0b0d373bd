#include "jsonschema/json_pointer.h"

#include <charconv>

#include "util/text.h"

namespace plimsoll::jsonschema {
namespace {

std::optional<std::string> percent_decode(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] != '%') {
      out += in[i];
      continue;
    }
    if (i + 2 >= in.size()) return std::nullopt;
    int hi = util::hex_digit_value(in[i + 1]);
    int lo = util::hex_digit_value(in[i + 2]);
    if (hi < 0 || lo < 0) return std::nullopt;
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  return out;
}

}  // namespace

std::string escape_pointer_token(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  for (char c : token) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

std::optional<std::vector<std::string>> parse_fragment_pointer(std::string_view fragment) {
  auto decoded = percent_decode(fragment);
  if (!decoded) return std::nullopt;
  std::vector<std::string> tokens;
  if (decoded->empty()) return tokens;
  if ((*decoded)[0] != '/') return std::nullopt;
  std::string token;
  for (std::size_t i = 1; i <= decoded->size(); ++i) {
    if (i == decoded->size() || (*decoded)[i] == '/') {
      tokens.push_back(std::move(token));
      token.clear();
      continue;
    }
    char c = (*decoded)[i];
    if (c == '~') {
      if (i + 1 >= decoded->size()) return std::nullopt;
      char n = (*decoded)[++i];
      if (n == '0') {
        token += '~';
      } else if (n == '1') {
        token += '/';
      } else {
        return std::nullopt;
      }
      continue;
    }
    token += c;
  }
  return tokens;
}

std::string join_pointer(const std::vector<std::string>& tokens) {
  std::string out;
  for (const std::string& token : tokens) {
    out += '/';
    out += escape_pointer_token(token);
  }
  return out;
}

const nlohmann::json* resolve_pointer(const nlohmann::json& root,
                                      const std::vector<std::string>& tokens) {
  const nlohmann::json* node = &root;
  for (const std::string& token : tokens) {
    if (node->is_object()) {
      auto it = node->find(token);
      if (it == node->end()) return nullptr;
      node = &*it;
    } else if (node->is_array()) {
      std::size_t index = 0;
      auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), index);
      if (ec != std::errc() || end != token.data() + token.size() || index >= node->size()) {
        return nullptr;
      }
      node = &(*node)[index];
    } else {
      return nullptr;
    }
  }
  return node;
}

}  // namespace plimsoll::jsonschema
