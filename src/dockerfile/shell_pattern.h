// The glob patterns of BuildKit's ${VAR#p}, ${VAR%p} and ${VAR/p/r} expansions: `*`, `?` and
// backslash escapes of `*`, `?`, `\` only, translated to RE2 and applied to a value.
#pragma once

#include <string>
#include <string_view>

namespace plimsoll::dockerfile::shell_pattern {

// Each returns false with `error` set when the pattern is invalid; replace also returns false,
// with `error` left empty, when the result would grow past `limit` bytes.
bool trim_prefix(std::string_view pattern, std::string& value, bool greedy, std::string& error);
bool trim_suffix(std::string_view pattern, std::string& value, bool greedy, std::string& error);
bool replace(std::string_view pattern, std::string_view replacement, bool all, std::string& value,
             std::string& error, std::size_t limit = std::string::npos);

}  // namespace plimsoll::dockerfile::shell_pattern
