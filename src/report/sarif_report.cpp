// SARIF 2.1.0: one run, the full rule catalogue as `tool.driver.rules` (with help text and
// helpUri), one result per finding with its fix as replacements. Columns are code points, which
// the run declares through `columnKind`.
#include <nlohmann/json.hpp>

#include "report/range.h"
#include "report/report.h"
#include "rules/registry.h"
#include "rules/rule_doc.h"
#include "util/format.h"

namespace plimsoll::report {
namespace {

using nlohmann::json;

std::string_view sarif_level(core::Severity severity) {
  switch (severity) {
    case core::Severity::kError: return "error";
    case core::Severity::kWarning: return "warning";
    default: return "note";
  }
}

json region(const core::SourceFile& source, core::Span span) {
  Range r = range_of(source, span);
  return {{"startLine", r.line}, {"startColumn", r.column}, {"endLine", r.end_line}, {"endColumn", r.end_column}};
}

json rule_descriptor(const rules::RuleInfo& info) {
  json rule{{"id", info.id},
            {"name", info.name},
            {"shortDescription", {{"text", info.summary}}},
            {"fullDescription", {{"text", info.summary}}},
            {"helpUri", rules::rule_doc_uri(info)},
            {"defaultConfiguration", {{"level", sarif_level(info.severity)}}},
            {"properties", {{"tags", json::array({info.family})}, {"plimsollSeverity", core::severity_name(info.severity)}}}};
  std::string_view doc = rules::rule_doc(info);
  if (!doc.empty()) rule["help"] = {{"text", info.summary}, {"markdown", doc}};
  return rule;
}

json fix_of(const core::Fix& fix, const core::SourceFile& source, const json& artifact) {
  json replacements = json::array();
  for (const auto& edit : fix.edits) {
    // Lines and code-point columns, like every other region; an insertion is an empty region.
    replacements.push_back({{"deletedRegion", region(source, edit.span)}, {"insertedContent", {{"text", edit.replacement}}}});
  }
  // Every fix is written, unsafe ones too (a SARIF consumer shows fixes for review, never applies
  // them unasked); the property says which `plimsoll fix` applies by default.
  std::string title = fix.safe() ? fix.title : fix.title + " (unsafe: may change behaviour)";
  return {{"description", {{"text", title}}},
          {"properties", {{"applicability", std::string(core::applicability_name(fix.applicability))}}},
          {"artifactChanges", json::array({{{"artifactLocation", artifact}, {"replacements", replacements}}})}};
}

}  // namespace

void write_sarif(std::ostream& out, const std::vector<core::FileReport>& results, const ReportContext& context) {
  const auto& catalogue = rules::all_rules();
  json driver_rules = json::array();
  for (const rules::Rule* rule : catalogue) driver_rules.push_back(rule_descriptor(rule->info()));

  json sarif_results = json::array();
  json notifications = json::array();
  for (const auto& result : results) {
    json artifact{{"uri", result.path}};
    if (!result.error.empty()) {
      notifications.push_back({{"level", "error"},
                               {"message", {{"text", result.path + ": " + result.error}}},
                               {"locations", json::array({{{"physicalLocation", {{"artifactLocation", artifact}}}}})}});
      continue;
    }
    for (const auto& f : result.findings) {
      json item{{"ruleId", f.rule_id},
                {"level", sarif_level(f.severity)},
                {"message", {{"text", core::message_with_notes(f)}}},
                {"locations", json::array({{{"physicalLocation",
                                             {{"artifactLocation", artifact}, {"region", region(*result.source, f.span)}}}}})},
                {"partialFingerprints",
                 {{"plimsoll/v1", stable_hash(util::format("{}\n{}\n{}", result.path, f.rule_id, f.message))}}}};
      for (std::size_t i = 0; i < catalogue.size(); ++i) {
        if (catalogue[i]->info().id == f.rule_id) item["ruleIndex"] = i;
      }
      if (!f.notes.empty()) item["properties"]["notes"] = f.notes;
      if (f.fix) item["fixes"] = json::array({fix_of(*f.fix, *result.source, artifact)});
      sarif_results.push_back(std::move(item));
    }
  }
  json run{{"tool",
            {{"driver",
              {{"name", "plimsoll"},
               {"version", context.tool_version},
               {"semanticVersion", context.tool_version},
               {"informationUri", "https://github.com/plimsoll-dev/plimsoll"},
               {"rules", driver_rules}}}}},
           {"columnKind", "unicodeCodePoints"},
           {"results", sarif_results},
           {"invocations", json::array({{{"executionSuccessful", notifications.empty()},
                                         {"toolExecutionNotifications", notifications}}})}};
  json doc{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"}, {"version", "2.1.0"}, {"runs", json::array({run})}};
  out << doc.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
}

}  // namespace plimsoll::report
