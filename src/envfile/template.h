// Compose's variable interpolation (`${VAR}`, `${VAR:-default}`, `${VAR:?error}`, `$$`, …) as
// compose-go applies it to compose values and env files. Pure: variables come from a lookup.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plimsoll::envfile {

// A variable's value, or nullopt when it is not set (set-but-empty is an empty string).
using Lookup = std::function<std::optional<std::string>(std::string_view name)>;

enum class Operator {
  kNone,              // $VAR, ${VAR}
  kDefaultIfEmpty,    // ${VAR:-default}
  kDefaultIfUnset,    // ${VAR-default}
  kErrorIfEmpty,      // ${VAR:?message}
  kErrorIfUnset,      // ${VAR?message}
  kAlternateIfValue,  // ${VAR:+alternate}
  kAlternateIfSet,    // ${VAR+alternate}
};

// One `$…` reference in a template, with byte offsets into the text it was found in.
struct VariableUse {
  std::string name;
  Operator op = Operator::kNone;
  std::string argument;  // default, message or alternate as written (may hold references)
  uint32_t begin = 0;    // offset of the `$`
  uint32_t end = 0;      // one past the reference
};

struct Substitution {
  std::string value;
  std::optional<std::string> error;  // compose's message; value is then meaningless
  uint32_t error_offset = 0;         // where in the template the failing reference starts
  std::vector<std::string> unset;    // variables used without a value or a default
};

// A value may not expand past this many bytes (`A=${A}${A}` repeated doubles it each line):
// substitute() then fails with a message instead of exhausting memory.
inline constexpr std::size_t kMaxSubstitutedBytes = std::size_t{1} << 20;
// What the values of one env file may add by interpolation, all together: past it the file's
// later values are kept as written, with one error at the first of them.
inline constexpr std::size_t kMaxSubstitutedTotal = std::size_t{64} << 20;

Substitution substitute(std::string_view text, const Lookup& lookup);

// Every reference in `text`, outermost first; references nested in defaults come after their
// host. Invalid templates yield the references before the error.
std::vector<VariableUse> variables_in(std::string_view text);

bool is_variable_name_start(char c);
bool is_variable_name_char(char c);

}  // namespace plimsoll::envfile
