#include "rules/context/copy_sources.h"

#include "rules/context/build_contexts.h"

namespace plimsoll::rules {

std::vector<CopySource> context_sources(const dockerfile::Instruction& in) {
  std::vector<CopySource> out;
  const auto* copy = in.typed.copy();
  if (!copy || !copy->from_context() || !copy->destination) return out;
  for (const auto& source : copy->sources) {
    if (source.inline_file) continue;  // written by the Dockerfile itself
    if (auto path = context_path(source.path)) out.push_back({source.path, source.span, *path});
  }
  return out;
}

}  // namespace plimsoll::rules
