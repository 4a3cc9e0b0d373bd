// Compose's top-level `include:`: each included file is a compose project of its own (its own
// directory and `.env`), whose services join the including one. plimsoll checks each included
// file as a stack of its own, so a file that is only ever included is checked too.
#pragma once

#include <string>
#include <vector>

#include "compose/document.h"
#include "project/stacks.h"

namespace plimsoll::project {

// The stacks `doc`'s `include:` entries make: local paths (relative to `doc`'s directory),
// with the entry's `env_file`s, else the included file's `.env` when `exists` says it is there.
// Remote includes (`oci://`, git URLs) are left out; `skipped` gets a line for each.
std::vector<StackPlan> included_stacks(const compose::ComposeDocument& doc, const Exists& exists,
                                       std::vector<std::string>& skipped);

}  // namespace plimsoll::project
