// BuildKit's AST dump format (the `result` files of its parser tests), for `plimsoll debug ast`.
#pragma once

#include <string>

#include "dockerfile/ast.h"

namespace plimsoll::dockerfile {

// One `(keyword ...)` line per instruction, each followed by '\n'.
std::string dump_ast(const Dockerfile& file);

}  // namespace plimsoll::dockerfile
