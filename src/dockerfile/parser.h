// Parses Dockerfile text exactly as BuildKit's frontend/dockerfile/parser does, keeping spans.
// Never fails on wrong input: problems land in Dockerfile::diagnostics and the parse goes on.
#pragma once

#include <string_view>

#include "dockerfile/ast.h"

namespace plimsoll::dockerfile {

// `text` is the whole file; spans in the result are byte offsets into it.
Dockerfile parse(std::string_view text);

}  // namespace plimsoll::dockerfile
