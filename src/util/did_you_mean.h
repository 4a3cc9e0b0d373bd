// "Did you mean …" for a mistyped subcommand, option, rule, profile or key: the known word
// nearest to what was typed, when it is near enough to be the intended one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace plimsoll::util {

// The candidate within a small edit distance of `typed` (a third of its length, at least 1 and
// at most 3; letter case ignored, a swap of two neighbours counts once), the nearest first;
// "" when none is that near.
std::string nearest(std::string_view typed, const std::vector<std::string>& candidates);

// " (did you mean `X`?)" for nearest(), or "".
std::string did_you_mean(std::string_view typed, const std::vector<std::string>& candidates);

}  // namespace plimsoll::util
