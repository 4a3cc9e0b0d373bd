// Whether a variable name looks like it holds a credential (data/knowledge/secret_names.yaml).
// Thread-safe; the table is loaded on first use.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace plimsoll::knowledge {

bool looks_like_secret_name(std::string_view name);

// Lower-case tokens of a name split at '_', '-', '.', and lower→upper camelCase boundaries.
std::vector<std::string> name_tokens(std::string_view name);

}  // namespace plimsoll::knowledge
