// A JSON value written as block-style YAML the way `docker compose config` lays it out: two
// spaces per level, sequences indented under their key, and a string quoted whenever a YAML
// reader would take it for anything else (`"8080"`, `"yes"`, `""`, `"a: b"`). Control
// characters and bytes that are not UTF-8 never reach the output raw.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace plimsoll::compose {

std::string print_yaml(const nlohmann::ordered_json& value);

// A string as a YAML scalar: plain when that reads back as the same string, else double-quoted.
std::string yaml_scalar(std::string_view text);

}  // namespace plimsoll::compose
