// A YAML tree as the JSON compose validates: plain scalars typed the way compose's YAML decoder
// types them (YAML 1.2 core schema), quoted and interpolated ones always strings. Returns values, owns nothing.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "util/yaml.h"

namespace plimsoll::compose {

// `true` -> true, `0x1F` -> 31, `1_000` -> 1000, `.inf` -> inf, `~` -> null, `yes` -> "yes".
nlohmann::json plain_scalar_value(std::string_view text);

// The whole tree; keys are always strings and the first of duplicate keys wins.
nlohmann::json yaml_to_json(const util::YamlNode& node);

// The node a JSON Pointer into yaml_to_json(root) names, or its map key when `key` is set;
// nullptr when the pointer leads nowhere. Found on demand, so valid files pay nothing for marks.
const util::YamlNode* node_at_pointer(const util::YamlNode& root, std::string_view pointer,
                                      bool key);

}  // namespace plimsoll::compose
