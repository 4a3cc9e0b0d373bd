// A unified diff between two texts, line by line, for `plimsoll init --diff`.
// Output is what `diff -u` prints (hunks with three lines of context), without timestamps.
#pragma once

#include <string>
#include <string_view>

namespace plimsoll::init {

// "" when the texts are equal. `path` names both sides (a/path, b/path); a new file is
// compared against /dev/null when `is_new`.
std::string unified_diff(std::string_view before, std::string_view after, const std::string& path, bool is_new);

}  // namespace plimsoll::init
