#include "jsonschema/duration.h"

#include <array>
#include <cstdint>

namespace plimsoll::jsonschema {
namespace {

struct Unit {
  std::string_view name;
  double nanoseconds;
};

// Go accepts both U+00B5 (micro sign) and U+03BC (Greek mu) for microseconds.
constexpr std::array<Unit, 9> kUnits{{{"ns", 1},
                                      {"us", 1e3},
                                      {"\xC2\xB5s", 1e3},
                                      {"\xCE\xBCs", 1e3},
                                      {"ms", 1e6},
                                      {"s", 1e9},
                                      {"m", 60e9},
                                      {"h", 3600e9},
                                      {"", 0}}};

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

}  // namespace

bool is_go_duration(std::string_view s) {
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  if (s == "0") return true;
  if (s.empty()) return false;
  double total = 0;
  while (!s.empty()) {
    std::size_t i = 0;
    double value = 0;
    bool digits = false;
    while (i < s.size() && is_digit(s[i])) {
      value = value * 10 + (s[i] - '0');
      digits = true;
      ++i;
    }
    if (i < s.size() && s[i] == '.') {
      ++i;
      double scale = 0.1;
      while (i < s.size() && is_digit(s[i])) {
        value += (s[i] - '0') * scale;
        scale /= 10;
        digits = true;
        ++i;
      }
    }
    if (!digits) return false;
    std::size_t unit_end = i;
    while (unit_end < s.size() && s[unit_end] != '.' && !is_digit(s[unit_end])) ++unit_end;
    std::string_view unit = s.substr(i, unit_end - i);
    const Unit* found = nullptr;
    for (const Unit& candidate : kUnits) {
      if (!candidate.name.empty() && candidate.name == unit) found = &candidate;
    }
    if (found == nullptr) return false;  // a missing or unknown unit
    total += value * found->nanoseconds;
    // Go stores durations as int64 nanoseconds and rejects anything larger.
    if (total > 9.223372036854775807e18) return false;
    s.remove_prefix(unit_end);
  }
  return true;
}

}  // namespace plimsoll::jsonschema
