// A rule's user documentation (the .md beside its code), compiled into the binary for
// `plimsoll explain`, SARIF help text and the LSP's hover.
#pragma once

#include <string>
#include <string_view>

#include "rules/rule.h"

namespace plimsoll::rules {

// The Markdown doc, or an empty view when the rule has none (the catalogue test forbids that).
std::string_view rule_doc(const RuleInfo& rule);
// Where the doc is published, for SARIF `helpUri` and text output.
std::string rule_doc_uri(const RuleInfo& rule);

}  // namespace plimsoll::rules
