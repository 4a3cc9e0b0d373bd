// Hover over a rule: an ID or name in an ignore comment (`# plimsoll ignore=DF004`), or any
// place a finding covers, shows the rule's embedded documentation.
#pragma once

#include <optional>
#include <vector>

#include "lsp/jsonrpc.h"
#include "lsp/linter.h"
#include "lsp/positions.h"
#include "rules/rule.h"

namespace plimsoll::lsp {

struct HoverTarget {
  std::vector<const rules::Rule*> rules;  // in finding order, without repeats
  core::Span span;                        // the token or the first finding's span
};

std::optional<HoverTarget> hover_target(const LintResult& lint, Position position);
// The Hover result object, or null when there is nothing to show.
Json hover_json(const LintResult& lint, Position position);

}  // namespace plimsoll::lsp
