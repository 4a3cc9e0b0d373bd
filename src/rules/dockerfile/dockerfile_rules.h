// The accessors of every rule are generated from the rule files (rules/generated_rule_list.h);
// this header stays only for the rule files that still include it.
#pragma once

#include "rules/generated_rule_list.h"
