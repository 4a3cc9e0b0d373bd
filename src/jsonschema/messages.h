// Human wording for violations: instance paths as `services.web.ports[0]`, type lists as
// "a string or number", values shortened. Pure functions over their arguments.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace plimsoll::jsonschema::detail {

// One step into the instance: a key (viewing the instance's own key) or an array index.
using PathToken = std::variant<std::string_view, std::size_t>;

std::string pointer_of(const std::vector<PathToken>& path);
// `services.web.ports[0]` in backticks, or "the document" for the root.
std::string display_path(const std::vector<PathToken>& path);
std::string display_path(const std::vector<PathToken>& path, std::size_t length);

uint8_t type_bits_of(const nlohmann::json& value);       // kInteger set for whole numbers
std::string type_name(const nlohmann::json& value);      // "boolean", "integer", "object", ...
std::string type_list(uint8_t bits);                     // "a string or number"
std::string display_value(const nlohmann::json& value);  // strings unquoted, long ones cut

}  // namespace plimsoll::jsonschema::detail
