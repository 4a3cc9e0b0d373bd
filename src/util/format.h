// The one door to fmt: every file that formats text includes this, never <fmt/...> directly.
// GCC 12 has no <format>; fmt 9 is the Debian-packaged equivalent.
#pragma once

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace plimsoll::util {
using fmt::format;
using fmt::format_to;
}  // namespace plimsoll::util
