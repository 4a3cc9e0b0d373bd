// Accessors for every env-file rule (EN); registry.cpp lists them in ID order.
#pragma once

#include "rules/rule.h"

namespace plimsoll::rules {

const Rule& en001_env_file_tracked();
const Rule& en002_env_example_drift();
const Rule& en003_env_syntax();

}  // namespace plimsoll::rules
