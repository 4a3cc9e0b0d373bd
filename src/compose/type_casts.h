// Compose's conversion of interpolated fields: after substituting variables, compose turns the
// strings of a fixed set of typed fields (`cpus`, `privileged`, `ports[].target`, …) into numbers
// or booleans before it validates, and stops with "failed to cast" when one does not convert.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace plimsoll::compose {

struct CastFailure {
  std::string pointer;  // JSON Pointer to the value, as in SchemaViolation
  std::string path;     // dotted, for messages: `services.web.cpus`
  std::string value;    // the string that does not convert
  std::string wanted;   // "an integer", "a number", "a boolean"
};

// Converts in place every string at a typed path of `instance` (yaml_to_json of a compose
// file) the way compose does; returns the strings that do not convert, path by path.
std::vector<CastFailure> apply_type_casts(nlohmann::json& instance);

}  // namespace plimsoll::compose
