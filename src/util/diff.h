// A unified diff (as `diff -u` writes it, three lines of context) between two versions of a
// file, for `fix --dry-run` and `init --diff`: what `git apply` and `patch -p1` take.
#pragma once

#include <string>
#include <string_view>

namespace plimsoll::util {

// "" when the texts are equal. A relative `path` is written lexically normal behind git's
// `a/` and `b/` (`./Dockerfile` → `a/Dockerfile`); an absolute one stands alone. A file that
// does not exist yet (`is_new`) is compared against /dev/null.
std::string unified_diff(std::string_view before, std::string_view after, std::string_view path, bool is_new = false);

}  // namespace plimsoll::util
