// Text edits as `fix` applies them: which fixes can go in together, and the text they make.
// Pure functions over strings and core::Fix values; nothing here knows a rule or a file kind.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/finding.h"
#include "core/location.h"
#include "util/result.h"

namespace plimsoll::fix {

// The smallest span covering every edit of `fix` (empty at 0 for a fix without edits).
core::Span extent(const core::Fix& fix);

// Two extents conflict when they share a byte or start at the same place: two insertions at
// one point have no order that both fixes would agree on.
bool conflict(core::Span a, core::Span b);

// Whether `fix` can be applied to a text of `size` bytes; the error says why not (edits past
// the end, edits that overlap each other).
util::Status applicable(const core::Fix& fix, std::size_t size);

// The fixes of `findings`, in file order, that do not conflict with an earlier one. Findings
// without a fix, or whose fix is empty or invalid, are skipped.
std::vector<const core::Finding*> choose(const std::vector<core::Finding>& findings, std::size_t size);

// `text` with `edits` applied from the last to the first, so every span keeps pointing at the
// bytes it was computed for. The edits must be valid (see `invalid`).
std::string apply(std::string_view text, std::vector<core::TextEdit> edits);

}  // namespace plimsoll::fix
