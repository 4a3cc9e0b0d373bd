#include "jsonschema/messages.h"

#include <cmath>

#include "jsonschema/json_pointer.h"
#include "jsonschema/program.h"

namespace plimsoll::jsonschema::detail {

std::string pointer_of(const std::vector<PathToken>& path) {
  std::string out;
  for (const PathToken& token : path) {
    out += '/';
    if (const auto* key = std::get_if<std::string_view>(&token)) {
      out += escape_pointer_token(*key);
    } else {
      out += std::to_string(std::get<std::size_t>(token));
    }
  }
  return out;
}

std::string display_path(const std::vector<PathToken>& path, std::size_t length) {
  if (length == 0) return "the document";
  std::string out = "`";
  for (std::size_t i = 0; i < length; ++i) {
    if (const auto* key = std::get_if<std::string_view>(&path[i])) {
      if (i > 0) out += '.';
      out += *key;
    } else {
      out += '[' + std::to_string(std::get<std::size_t>(path[i])) + ']';
    }
  }
  return out + '`';
}

std::string display_path(const std::vector<PathToken>& path) {
  return display_path(path, path.size());
}

uint8_t type_bits_of(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::null:
      return kNullBit;
    case nlohmann::json::value_t::boolean:
      return kBooleanBit;
    case nlohmann::json::value_t::object:
      return kObjectBit;
    case nlohmann::json::value_t::array:
      return kArrayBit;
    case nlohmann::json::value_t::string:
      return kStringBit;
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
      return kNumberBit | kIntegerBit;
    case nlohmann::json::value_t::number_float: {
      double d = value.get<double>();
      // Draft 6 on: 1.0 is an integer.
      return std::isfinite(d) && d == std::floor(d) ? kNumberBit | kIntegerBit : kNumberBit;
    }
    default:
      return 0;
  }
}

std::string type_name(const nlohmann::json& value) {
  uint8_t bits = type_bits_of(value);
  if (bits & kIntegerBit) return "integer";
  if (bits & kNumberBit) return "number";
  if (bits & kStringBit) return "string";
  if (bits & kObjectBit) return "object";
  if (bits & kArrayBit) return "array";
  if (bits & kBooleanBit) return "boolean";
  if (bits & kNullBit) return "null";
  return "binary";
}

std::string type_list(uint8_t bits) {
  // "number" covers "integer"; an instance that is neither is named once.
  if (bits & kNumberBit) bits = static_cast<uint8_t>(bits & ~kIntegerBit);
  std::vector<std::string> names;
  if (bits & kStringBit) names.emplace_back("a string");
  if (bits & kNumberBit) names.emplace_back("a number");
  if (bits & kIntegerBit) names.emplace_back("an integer");
  if (bits & kBooleanBit) names.emplace_back("a boolean");
  if (bits & kObjectBit) names.emplace_back("an object");
  if (bits & kArrayBit) names.emplace_back("an array");
  if (bits & kNullBit) names.emplace_back("null");
  if (names.empty()) return "nothing";
  std::string out = names[0];
  for (std::size_t i = 1; i < names.size(); ++i) {
    // Only the first article reads well: "a string, number or object".
    std::string_view name = names[i];
    if (name.starts_with("a ")) name.remove_prefix(2);
    if (name.starts_with("an ")) name.remove_prefix(3);
    out += i + 1 == names.size() ? " or " : ", ";
    out += name;
  }
  return out;
}

std::string display_value(const nlohmann::json& value) {
  constexpr std::size_t kMax = 60;
  // Replace invalid UTF-8 rather than throwing: the value comes from the checked file.
  std::string text = value.is_string() ? value.get<std::string>()
                                       : value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  if (text.size() > kMax) {
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut) + "...";
  }
  return "`" + text + "`";
}

}  // namespace plimsoll::jsonschema::detail
