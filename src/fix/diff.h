// A unified diff (as `diff -u` writes it, three lines of context) between two versions of a
// file, for `fix --dry-run`. Empty when the texts are equal.
#pragma once

#include <string>
#include <string_view>

namespace plimsoll::fix {

std::string unified_diff(std::string_view before, std::string_view after, std::string_view path);

}  // namespace plimsoll::fix
