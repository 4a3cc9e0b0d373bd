// Maps other tools' rule codes (hadolint DL codes, BuildKit check names) to plimsoll rule IDs
// (data/knowledge/ignore_aliases.yaml). Thread-safe; loaded on first use.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace plimsoll::knowledge {

std::vector<std::string> hadolint_alias(std::string_view code);     // "DL3008" → {"DF028"}
std::vector<std::string> buildkit_alias(std::string_view check);    // "JSONArgsRecommended" → {"DF050"}
std::vector<std::string> all_buildkit_aliases();                    // what `skip=all` covers

}  // namespace plimsoll::knowledge
