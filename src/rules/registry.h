// The one explicit, ID-sorted list of every rule plimsoll has. No self-registration: a rule
// exists when it is listed in registry.cpp.
#pragma once

#include <string_view>
#include <vector>

#include "rules/rule.h"

namespace plimsoll::rules {

const std::vector<const Rule*>& all_rules();
// By ID ("DF004") or name ("base-image-unpinned"), case-insensitive; nullptr if unknown.
const Rule* find_rule(std::string_view id_or_name);

}  // namespace plimsoll::rules
