#include "rules/project_context.h"

#include "compose/document.h"

namespace plimsoll::rules {

void ProjectContext::report(const RuleInfo& rule, const std::shared_ptr<const core::SourceFile>& source, core::Span span,
                            std::string message, std::optional<core::Fix> fix, std::optional<core::Severity> severity) {
  if (!source) return;
  reported_.push_back(make_reported(rule, source, span, std::move(message), std::move(fix), severity));
}

void ProjectContext::report_node(const RuleInfo& rule, const project::ComposeStack& stack, const util::YamlNode& node,
                                 std::string message, std::optional<core::Fix> fix,
                                 std::optional<core::Severity> severity) {
  if (node.origin >= stack.documents.size()) return;
  const auto& source = stack.documents[node.origin].source;
  if (!source) return;
  report(rule, source, compose::span_of(*source, node), std::move(message), std::move(fix), severity);
}

void ProjectContext::report_file(const RuleInfo& rule, const std::shared_ptr<const core::SourceFile>& source,
                                 std::string message, std::optional<core::Severity> severity) {
  if (!source) return;
  std::string_view first = source->lines().line_text(1);
  uint32_t start = static_cast<uint32_t>(first.data() - source->text().data());
  report(rule, source, {start, start + static_cast<uint32_t>(first.size())}, std::move(message), {}, severity);
}

}  // namespace plimsoll::rules
