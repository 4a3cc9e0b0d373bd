// Fixes one file to a fixed point: apply the non-conflicting fixes its findings carry together,
// re-check once per group (halving a group that makes things worse), keep only those that help.
// The caller owns the text.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/finding.h"

namespace plimsoll::fix {

// What the rules say about one version of the file.
struct Check {
  std::vector<core::Finding> findings;
  std::size_t parse_errors = 0;    // error diagnostics of the file's own parser (Dockerfile, YAML, …)
  std::size_t parse_warnings = 0;  // its other diagnostics (an empty continuation line, …)
};
using Checker = std::function<Check(std::string_view text)>;

struct Outcome {
  std::string rule_id;
  std::string title;
  uint32_t line = 0;    // 1-based, in the text the fix was tried on
  std::string reason;   // why it was refused; empty for an applied fix
};

struct Result {
  std::string text;
  std::vector<Outcome> applied;
  std::vector<Outcome> refused;  // fixes still refused when the file stopped changing
  unsigned rounds = 0;
  bool converged = true;  // false when `max_rounds` ran out while fixes still applied
  Check checked;          // what the last check accepted said about `text`
};

// Which findings' fixes may be tried: `plimsoll fix` takes safe fixes only unless asked for
// unsafe ones, of the selected rules only. Null: every fix.
using Accept = std::function<bool(const core::Finding&)>;

struct Options {
  unsigned max_rounds = 64;  // a round keeps a fix or refuses one, so files end well before
  Accept accept;
};

// A fix is kept only when the parser says no more about the file than before (errors or
// warnings), no rule reports more findings as severe as the fixed one than before, and its own
// rule reports less (so every kept fix removes a finding, and the loop ends). A group of fixes
// is kept under the same conditions for each of its fixes at once (docs/fix.md). Milder findings
// may appear: exec form can reveal that a CMD would rather be an ENTRYPOINT (info), which
// `check` then reports. Rounds repeat while a fix was kept, up to `max_rounds`.
Result fix_to_fixed_point(std::string text, const Checker& check, const Options& options = {});

// What the rules say about several files checked together, one Check per text, in order.
using ProjectChecker = std::function<std::vector<Check>(const std::vector<std::string>& texts)>;

// Several files fixed as fix_to_fixed_point fixes each, in lock step: every step checks the
// project once with each unfinished file's next candidate in it, so n files with fixes cost a
// few project checks, not a few per file. A file is judged on its own findings in that check;
// where the files' fixes interact, the caller compares `checked` with a final check.
std::vector<Result> fix_files_to_fixed_point(std::vector<std::string> texts, const ProjectChecker& check,
                                             const Options& options = {});

}  // namespace plimsoll::fix
