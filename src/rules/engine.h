// Checks one Dockerfile: parse, build the model, walk the file once calling only the rules
// that asked for each instruction kind, stage end or file end. Thread-safe for distinct files.
#pragma once

#include <vector>

#include "core/finding.h"
#include "core/source_file.h"
#include "rules/rule.h"
#include "rules/rule_timings.h"
#include "rules/settings.h"

namespace plimsoll::rules {

struct CheckOptions {
  bool inline_ignores = true;  // honour `# plimsoll ignore=…` and the hadolint/BuildKit forms
  const RuleSettings* settings = nullptr;  // null: every rule on, with default options
  RuleTimings* timings = nullptr;          // non-null: time the parse and every rule call
};

// Findings sorted by position, then rule ID.
std::vector<core::Finding> check_dockerfile(const core::SourceFile& source, const std::vector<const Rule*>& rules,
                                            const CheckOptions& options = {});

}  // namespace plimsoll::rules
