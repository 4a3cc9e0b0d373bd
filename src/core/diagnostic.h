// A problem a parser found in its input. Parsers never fail on wrong input: they return the
// best tree they can plus these, and rules (DF074 and friends) turn them into findings.
#pragma once

#include <string>

#include "core/location.h"
#include "core/severity.h"

namespace plimsoll::core {

struct Diagnostic {
  Severity severity = Severity::kError;
  Span span;
  std::string message;
};

}  // namespace plimsoll::core
