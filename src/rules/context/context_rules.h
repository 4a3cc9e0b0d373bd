// Kept only for the rule files that still include it: rule accessors are declared in the
// registry generated from the rule files, and defined by each file (PLIMSOLL_RULE, or by hand).
// It deliberately does not include that generated list, so adding a rule recompiles no other.
#pragma once

#include "rules/rule.h"
