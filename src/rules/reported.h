// A finding as a rule reported it, before the check session finishes it: the rule that spoke
// (whose settings for the file decide whether it stays and at which grade), the file it lands
// in, and the finding at the rule's own grade.
#pragma once

#include <memory>

#include "core/finding.h"
#include "core/source_file.h"
#include "rules/rule.h"

namespace plimsoll::rules {

struct Reported {
  const RuleInfo* rule = nullptr;
  std::shared_ptr<const core::SourceFile> source;
  core::Finding finding;
};

// The finding at the rule's default grade, or at `severity` when the rule grades this one
// differently (two grades of the same fault); configuration may still re-grade it later.
Reported make_reported(const RuleInfo& rule, std::shared_ptr<const core::SourceFile> source, core::Span span,
                       std::string message, std::optional<core::Fix> fix, std::optional<core::Severity> severity);

}  // namespace plimsoll::rules
