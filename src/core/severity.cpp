#include "core/severity.h"

#include "util/text.h"

namespace plimsoll::core {

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::kStyle: return "style";
    case Severity::kInfo: return "info";
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
  }
  return "error";
}

std::optional<Severity> parse_severity(std::string_view text) {
  for (Severity s : {Severity::kStyle, Severity::kInfo, Severity::kWarning, Severity::kError}) {
    if (util::iequals_ascii(text, severity_name(s))) return s;
  }
  return std::nullopt;
}

}  // namespace plimsoll::core
