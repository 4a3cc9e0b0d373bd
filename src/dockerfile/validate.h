// BuildKit's instruction-layer checks on builder flags: which `--flags` each instruction
// accepts, duplicates, boolean values, and the RUN --network/--security choices.
#pragma once

#include <vector>

#include "core/diagnostic.h"
#include "dockerfile/ast.h"

namespace plimsoll::dockerfile {

std::vector<core::Diagnostic> validate_flags(const Dockerfile& file);

}  // namespace plimsoll::dockerfile
