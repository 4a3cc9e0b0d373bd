// JSON Pointer (RFC 6901) helpers used for error locations and local `$ref` resolution.
// Pure functions; pointers are returned by value, resolved nodes point into the caller's json.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plimsoll::jsonschema {

// `token` with `~` and `/` escaped, ready to append after a `/`.
std::string escape_pointer_token(std::string_view token);

// The tokens of a URI fragment such as `/definitions/a%25b` (percent-decoded, then unescaped),
// or nullopt when it is not a JSON Pointer.
std::optional<std::vector<std::string>> parse_fragment_pointer(std::string_view fragment);

// The canonical pointer for `tokens`, e.g. {"a/b", "0"} -> "/a~1b/0".
std::string join_pointer(const std::vector<std::string>& tokens);

// The value at `tokens` inside `root`, or nullptr.
const nlohmann::json* resolve_pointer(const nlohmann::json& root,
                                      const std::vector<std::string>& tokens);

}  // namespace plimsoll::jsonschema
