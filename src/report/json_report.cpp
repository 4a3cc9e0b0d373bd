// Machine output: {"version":1,"files":[{"path","error"?,"findings":[…]}],"summary":{…}}.
// A fix says whether `plimsoll fix` applies it by default ("applicability": "safe" or "unsafe");
// the summary counts both. Lines and columns are 1-based; columns count code points. Fix edits carry the same spans.
#include <nlohmann/json.hpp>

#include <ostream>
#include <string>

#include "report/report.h"

namespace plimsoll::report {
namespace {

nlohmann::json position(const core::SourceFile& source, uint32_t offset) {
  auto lc = source.lines().locate(offset);
  return {{"line", lc.line}, {"column", lc.column}};
}

// `value` dumped as it would be at `depth` levels of a document dumped with an indent of 2.
void write_nested(std::ostream& out, const nlohmann::json& value, std::size_t depth) {
  // Replace invalid UTF-8 rather than throwing: messages quote file content.
  std::string text = value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string indent = "\n" + std::string(2 * depth, ' ');
  std::size_t from = 0;
  for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', from)) {
    out.write(text.data() + from, static_cast<std::streamsize>(at - from));
    out << indent;
    from = at + 1;
  }
  out.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
}

}  // namespace

// Written one file at a time, byte for byte as the whole document dumped with an indent of 2
// would be (keys in order: files, summary, version), so a large run never holds its whole report
// as JSON values.
void write_json(std::ostream& out, const std::vector<core::FileReport>& results) {
  std::size_t total = 0;
  std::size_t errors = 0;
  std::size_t fixable = 0, unsafe_fixable = 0;
  out << (results.empty() ? "{\n  \"files\": []" : "{\n  \"files\": [");
  bool first = true;
  for (const auto& result : results) {
    nlohmann::json file{{"path", result.path}, {"findings", nlohmann::json::array()}};
    if (!result.error.empty()) {
      file["error"] = result.error;
      ++errors;
    }
    nlohmann::json& findings = file["findings"];
    for (const auto& f : result.findings) {
      nlohmann::json item{{"id", f.rule_id},
                          {"name", f.rule_name},
                          {"severity", core::severity_name(f.severity)},
                          {"message", f.message},
                          {"start", position(*result.source, f.span.begin)},
                          {"end", position(*result.source, f.span.end)}};
      if (f.fix) {
        nlohmann::json edits = nlohmann::json::array();
        for (const auto& e : f.fix->edits) {
          edits.push_back({{"start", position(*result.source, e.span.begin)},
                           {"end", position(*result.source, e.span.end)},
                           {"replacement", e.replacement}});
        }
        item["fix"] = {{"title", f.fix->title},
                       {"applicability", std::string(core::applicability_name(f.fix->applicability))},
                       {"edits", std::move(edits)}};
        ++(f.fix->safe() ? fixable : unsafe_fixable);
      }
      if (!f.notes.empty()) item["notes"] = f.notes;
      findings.push_back(std::move(item));
      ++total;
    }
    out << (first ? "\n    " : ",\n    ");
    first = false;
    write_nested(out, file, 2);
  }
  out << (results.empty() ? ",\n  \"summary\": " : "\n  ],\n  \"summary\": ");
  nlohmann::json summary{{"files", results.size()},
                         {"findings", total},
                         {"errors", errors},
                         {"fixable", fixable},
                         {"unsafe_fixable", unsafe_fixable}};
  write_nested(out, summary, 1);
  out << ",\n  \"version\": 1\n}\n";
}

}  // namespace plimsoll::report
