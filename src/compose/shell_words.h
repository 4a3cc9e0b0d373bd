// Compose's reading of a `command:` or `entrypoint:` (and a healthcheck's `test:`) written as one
// string: split into words the way a POSIX shell splits them, without running anything: quotes
// removed, backslash escapes honoured, variables, globs and operators left as text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "util/result.h"

namespace plimsoll::compose {

// `sh -c 'echo "$HOME"'` -> {"sh", "-c", "echo \"$HOME\""}. An unterminated quote is an error.
util::Result<std::vector<std::string>> split_shell_words(std::string_view text);

}  // namespace plimsoll::compose
