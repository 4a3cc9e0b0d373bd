// Severity of a finding or diagnostic, ordered so that a larger value is more severe.
#pragma once

#include <optional>
#include <string_view>

namespace plimsoll::core {

enum class Severity { kStyle = 0, kInfo = 1, kWarning = 2, kError = 3 };

std::string_view severity_name(Severity severity);  // "style", "info", "warning", "error"
std::optional<Severity> parse_severity(std::string_view text);  // case-insensitive

}  // namespace plimsoll::core
