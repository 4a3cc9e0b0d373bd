// GitLab Code Quality: a JSON array of issues with a fingerprint that stays the same while the
// problem stays (path, rule and message; not the line, so unrelated edits above do not churn).
#include <map>

#include <nlohmann/json.hpp>

#include "report/range.h"
#include "report/report.h"
#include "util/format.h"

namespace plimsoll::report {
namespace {

std::string_view gitlab_severity(core::Severity severity) {
  switch (severity) {
    case core::Severity::kError: return "major";
    case core::Severity::kWarning: return "minor";
    default: return "info";
  }
}

}  // namespace

void write_gitlab(std::ostream& out, const std::vector<core::FileReport>& results, const ReportContext& context) {
  (void)context;
  nlohmann::json issues = nlohmann::json::array();
  for (const auto& result : results) {
    if (!result.error.empty()) {
      issues.push_back({{"description", result.error},
                        {"check_name", "plimsoll-io"},
                        {"fingerprint", stable_hash(result.path + "\nio")},
                        {"severity", "blocker"},
                        {"location", {{"path", result.path}, {"lines", {{"begin", 1}}}}}});
      continue;
    }
    std::map<std::string, int> seen;  // identical problems in one file get distinct fingerprints
    for (const auto& f : result.findings) {
      Range r = range_of(*result.source, f.span);
      std::string key = util::format("{}\n{}\n{}", result.path, f.rule_id, f.message);
      int n = seen[key]++;
      issues.push_back({{"type", "issue"},
                        {"description", util::format("{} {}", f.rule_id, f.message)},
                        {"check_name", util::format("{} {}", f.rule_id, f.rule_name)},
                        {"categories", {"Bug Risk"}},
                        {"fingerprint", stable_hash(key + "\n" + std::to_string(n))},
                        {"severity", gitlab_severity(f.severity)},
                        {"location", {{"path", result.path}, {"lines", {{"begin", r.line}, {"end", r.end_line}}}}}});
    }
  }
  out << issues.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace plimsoll::report
