// Machine output: {"version":1,"files":[{"path","error"?,"findings":[…]}],"summary":{…}}.
// A fix says whether `plimsoll fix` applies it by default ("applicability": "safe" or "unsafe");
// the summary counts both. Lines and columns are 1-based; columns count code points. Fix edits carry the same spans.
#include <nlohmann/json.hpp>

#include "report/report.h"

namespace plimsoll::report {
namespace {

nlohmann::json position(const core::SourceFile& source, uint32_t offset) {
  auto lc = source.lines().locate(offset);
  return {{"line", lc.line}, {"column", lc.column}};
}

}  // namespace

void write_json(std::ostream& out, const std::vector<core::FileReport>& results) {
  nlohmann::json files = nlohmann::json::array();
  std::size_t total = 0;
  std::size_t errors = 0;
  std::size_t fixable = 0, unsafe_fixable = 0;
  for (const auto& result : results) {
    nlohmann::json file{{"path", result.path}, {"findings", nlohmann::json::array()}};
    if (!result.error.empty()) {
      file["error"] = result.error;
      ++errors;
    }
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
                       {"edits", edits}};
        ++(f.fix->safe() ? fixable : unsafe_fixable);
      }
      if (!f.notes.empty()) item["notes"] = f.notes;
      file["findings"].push_back(std::move(item));
      ++total;
    }
    files.push_back(std::move(file));
  }
  nlohmann::json doc{{"version", 1},
                     {"files", files},
                     {"summary",
                      {{"files", results.size()},
                       {"findings", total},
                       {"errors", errors},
                       {"fixable", fixable},
                       {"unsafe_fixable", unsafe_fixable}}}};
  // Replace invalid UTF-8 rather than throwing: messages quote file content.
  out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace plimsoll::report
