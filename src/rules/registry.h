// The one explicit, ID-sorted list of every rule plimsoll has, generated at build time from the
// rule files (`src/rules/<family>/<id>_<name>.cpp`). No self-registration at start-up: a rule
// exists when its file defines its accessor (PLIMSOLL_RULE) and the build found the file.
#pragma once

#include <string_view>
#include <vector>

#include "rules/rule.h"

namespace plimsoll::rules {

const std::vector<const Rule*>& all_rules();
// By ID ("DF004") or name ("base-image-unpinned"), case-insensitive; nullptr if unknown. Two
// families may share a name (DF054 and DC008 are both healthcheck-missing): `family` then picks,
// else the first by ID.
const Rule* find_rule(std::string_view id_or_name, std::string_view family = {});
// Every rule with this name (more than one when families share it).
std::vector<const Rule*> rules_named(std::string_view name);

}  // namespace plimsoll::rules
