#include "rules/reported.h"

namespace plimsoll::rules {

Reported make_reported(const RuleInfo& rule, std::shared_ptr<const core::SourceFile> source, core::Span span,
                       std::string message, std::optional<core::Fix> fix, std::optional<core::Severity> severity) {
  core::Finding finding{rule.id, rule.name, severity.value_or(rule.severity), span, std::move(message), std::move(fix), {}};
  return {&rule, std::move(source), std::move(finding)};
}

}  // namespace plimsoll::rules
