// Accessors for every project-layout rule (LY); registry.cpp lists them in ID order.
#pragma once

#include "rules/rule.h"

namespace plimsoll::rules {

const Rule& ly001_layout();
const Rule& ly002_make_targets();
const Rule& ly003_lockfile_missing();

}  // namespace plimsoll::rules
