#include "lsp/hover.h"

#include <algorithm>
#include <cctype>

#include "lsp/diagnostics.h"
#include "rules/registry.h"
#include "rules/rule_doc.h"

namespace plimsoll::lsp {
namespace {

bool token_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_';
}

// The rule named by the token at `offset` when it lies in an ignore list of a comment line.
std::optional<HoverTarget> ignore_comment_target(const core::SourceFile& source,
                                                 std::size_t offset) {
  const util::LineIndex& lines = source.lines();
  uint32_t line_number = lines.locate(offset).line;
  std::string_view line = lines.line_text(line_number);
  std::size_t line_begin = lines.line_start(line_number);
  std::size_t hash = line.find_first_not_of(" \t");
  if (hash == std::string_view::npos || line[hash] != '#') return std::nullopt;
  std::size_t list = line.find("ignore=");
  if (list == std::string_view::npos) return std::nullopt;
  std::size_t at = offset - line_begin;
  if (at < list + 7 || at > line.size()) return std::nullopt;
  std::size_t begin = at;
  while (begin > list + 7 && token_char(line[begin - 1])) --begin;
  std::size_t end = at;
  while (end < line.size() && token_char(line[end])) ++end;
  if (begin == end) return std::nullopt;
  const rules::Rule* rule = rules::find_rule(line.substr(begin, end - begin));
  if (rule == nullptr) return std::nullopt;
  auto span_begin = static_cast<uint32_t>(line_begin + begin);
  return HoverTarget{{rule}, {span_begin, static_cast<uint32_t>(line_begin + end)}};
}

}  // namespace

std::optional<HoverTarget> hover_target(const LintResult& lint, Position position) {
  if (!lint.source) return std::nullopt;
  std::size_t offset = offset_of(lint.source->lines(), lint.source->text(), position);
  if (auto target = ignore_comment_target(*lint.source, offset)) return target;
  HoverTarget target;
  for (const auto& finding : lint.findings) {
    if (offset < finding.span.begin || offset > finding.span.end) continue;
    const rules::Rule* rule = rules::find_rule(finding.rule_id);
    if (rule == nullptr ||
        std::find(target.rules.begin(), target.rules.end(), rule) != target.rules.end())
      continue;
    if (target.rules.empty()) target.span = finding.span;
    target.rules.push_back(rule);
  }
  if (target.rules.empty()) return std::nullopt;
  return target;
}

Json hover_json(const LintResult& lint, Position position) {
  auto target = hover_target(lint, position);
  if (!target) return nullptr;
  std::string markdown;
  for (const rules::Rule* rule : target->rules) {
    if (!markdown.empty()) markdown += "\n\n---\n\n";
    std::string_view doc = rules::rule_doc(rule->info());
    markdown += doc.empty() ? std::string(rule->info().summary) : std::string(doc);
  }
  return {{"contents", {{"kind", "markdown"}, {"value", markdown}}},
          {"range", to_json(range_of(lint.source->lines(), target->span))}};
}

}  // namespace plimsoll::lsp
