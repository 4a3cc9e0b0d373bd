// Accessors for every build-context rule (DI); registry.cpp lists them in ID order.
#pragma once

#include "rules/rule.h"

namespace plimsoll::rules {

const Rule& di001_dockerignore_missing();
const Rule& di002_dockerignore_incomplete();
const Rule& di003_secret_in_context();
const Rule& di004_copy_of_ignored_file();
const Rule& di005_copy_source_missing();

}  // namespace plimsoll::rules
