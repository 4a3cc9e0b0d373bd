// The sources a COPY or ADD takes from the build context: not `--from`, not heredoc inline files, not URLs
// or git sources. Shared by the rules that compare them with the context's files.
#pragma once

#include <string>
#include <vector>

#include "dockerfile/ast.h"

namespace plimsoll::rules {

struct CopySource {
  std::string written;  // the source as written in the instruction
  core::Span span;
  std::string path;  // relative to the context ("" for the root)
};

std::vector<CopySource> context_sources(const dockerfile::Instruction& in);

}  // namespace plimsoll::rules
