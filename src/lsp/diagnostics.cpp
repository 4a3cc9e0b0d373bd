#include "lsp/diagnostics.h"

#include <algorithm>
#include <cstdint>

#include "rules/registry.h"
#include "rules/rule_doc.h"

namespace plimsoll::lsp {
namespace {

// LSP DiagnosticSeverity: 1 error, 2 warning, 3 information, 4 hint.
int lsp_severity(core::Severity severity) {
  switch (severity) {
    case core::Severity::kError:
      return 1;
    case core::Severity::kWarning:
      return 2;
    case core::Severity::kInfo:
      return 3;
    case core::Severity::kStyle:
      return 4;
  }
  return 2;
}

bool before(Position a, Position b) {
  return a.line < b.line || (a.line == b.line && a.character < b.character);
}

// Touching counts: a cursor at either end of a finding's range asks for its fix.
bool touches(const Range& a, const Range& b) {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

}  // namespace

Json to_json(const Range& range) {
  return {{"start", {{"line", range.start.line}, {"character", range.start.character}}},
          {"end", {{"line", range.end.line}, {"character", range.end.character}}}};
}

std::optional<Range> range_from_json(const Json& value) {
  auto position = [](const Json& p) -> std::optional<Position> {
    if (!p.is_object()) return std::nullopt;
    auto line = p.find("line");
    auto character = p.find("character");
    if (line == p.end() || character == p.end() || !line->is_number_unsigned() ||
        !character->is_number_unsigned()) {
      return std::nullopt;
    }
    // The wire allows any unsigned number; one past uint32 clamps to the largest (which
    // offset_of reads as past the end), never wraps onto a line near the start.
    auto clamped = [](const Json& n) {
      return static_cast<uint32_t>(std::min<std::uint64_t>(n.get<std::uint64_t>(), UINT32_MAX));
    };
    return Position{clamped(*line), clamped(*character)};
  };
  if (!value.is_object() || !value.contains("start") || !value.contains("end")) return std::nullopt;
  auto start = position(value["start"]);
  auto end = position(value["end"]);
  if (!start || !end) return std::nullopt;
  return Range{*start, *end};
}

Json diagnostic_json(const core::SourceFile& source, const core::Finding& finding) {
  Json diagnostic{{"range", to_json(range_of(source.lines(), finding.span))},
                  {"severity", lsp_severity(finding.severity)},
                  {"code", finding.rule_id},
                  {"source", "plimsoll"},
                  {"message", core::message_with_notes(finding)}};
  if (const rules::Rule* rule = rules::find_rule(finding.rule_id)) {
    diagnostic["codeDescription"] = {{"href", rules::rule_doc_uri(rule->info())}};
  }
  return diagnostic;
}

Json publish_params(const std::string& uri, int version, const LintResult& lint) {
  Json diagnostics = Json::array();
  for (const auto& finding : lint.findings)
    diagnostics.push_back(diagnostic_json(*lint.source, finding));
  return {{"uri", uri}, {"version", version}, {"diagnostics", std::move(diagnostics)}};
}

Json code_actions(const std::string& uri, const LintResult& lint, const Range& range) {
  Json actions = Json::array();
  if (!lint.source) return actions;
  const util::LineIndex& lines = lint.source->lines();
  for (const auto& finding : lint.findings) {
    if (!finding.fix || finding.fix->edits.empty()) continue;
    if (!touches(range_of(lines, finding.span), range)) continue;
    Json edits = Json::array();
    for (const auto& edit : finding.fix->edits) {
      edits.push_back(
          {{"range", to_json(range_of(lines, edit.span))}, {"newText", edit.replacement}});
    }
    // A safe fix is the editor's preferred action (auto-fix applies it); an unsafe one is
    // offered by name only, so a person sees it may change behaviour before choosing it.
    bool safe = finding.fix->safe();
    std::string title = finding.fix->title + (safe ? " (" : " (unsafe, ") + std::string(finding.rule_id) + ")";
    actions.push_back({{"title", std::move(title)},
                       {"kind", "quickfix"},
                       {"isPreferred", safe},
                       {"diagnostics", Json::array({diagnostic_json(*lint.source, finding)})},
                       {"edit", {{"changes", {{uri, std::move(edits)}}}}}});
  }
  return actions;
}

}  // namespace plimsoll::lsp
