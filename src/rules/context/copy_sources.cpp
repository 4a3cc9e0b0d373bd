#include "rules/context/copy_sources.h"

#include "rules/context/build_contexts.h"
#include "rules/dockerfile/helpers.h"

namespace plimsoll::rules {

std::vector<CopySource> context_sources(const dockerfile::Instruction& in) {
  std::vector<CopySource> out;
  if (in.kind != dockerfile::Keyword::kCopy && in.kind != dockerfile::Keyword::kAdd) return out;
  if (find_flag(in, "from") != nullptr || !in.heredocs.empty() || in.args.size() < 2) return out;
  for (std::size_t i = 0; i + 1 < in.args.size(); ++i) {
    if (auto path = context_path(in.args[i].value)) out.push_back({&in.args[i], *path});
  }
  return out;
}

}  // namespace plimsoll::rules
