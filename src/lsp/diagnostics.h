// A lint result in LSP terms: findings as Diagnostic objects and their fixes as quick-fix
// CodeActions with WorkspaceEdits. Positions are UTF-16, computed from the linted buffer.
#pragma once

#include <string>

#include "lsp/jsonrpc.h"
#include "lsp/linter.h"
#include "lsp/positions.h"

namespace plimsoll::lsp {

Json to_json(const Range& range);
// nullopt when `value` is not a well-formed Range (the field is then an invalid parameter).
std::optional<Range> range_from_json(const Json& value);

Json diagnostic_json(const core::SourceFile& source, const core::Finding& finding);
// The params of textDocument/publishDiagnostics.
Json publish_params(const std::string& uri, int version, const LintResult& lint);

// Quick fixes for the findings whose range touches `range`, each editing `uri`.
Json code_actions(const std::string& uri, const LintResult& lint, const Range& range);

}  // namespace plimsoll::lsp
