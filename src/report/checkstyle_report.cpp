// Checkstyle XML, as read by Jenkins Warnings NG, reviewdog and most CI dashboards.
#include "report/range.h"
#include "report/report.h"

namespace plimsoll::report {
namespace {

std::string_view checkstyle_severity(core::Severity severity) {
  switch (severity) {
    case core::Severity::kError: return "error";
    case core::Severity::kWarning: return "warning";
    default: return "info";
  }
}

}  // namespace

void write_checkstyle(std::ostream& out, const std::vector<core::FileReport>& results, const ReportContext& context) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n";
  (void)context;
  for (const auto& result : results) {
    out << "  <file name=\"" << xml_escape(result.path) << "\">\n";
    if (!result.error.empty()) {
      out << "    <error line=\"0\" severity=\"error\" message=\"" << xml_escape(result.error)
          << "\" source=\"plimsoll.io\"/>\n";
    }
    for (const auto& f : result.findings) {
      Range r = range_of(*result.source, f.span);
      out << "    <error line=\"" << r.line << "\" column=\"" << r.column << "\" severity=\""
          << checkstyle_severity(f.severity) << "\" message=\"" << xml_escape(f.message) << " (" << f.rule_name
          << ")\" source=\"plimsoll." << f.rule_id << "\"/>\n";
    }
    out << "  </file>\n";
  }
  out << "</checkstyle>\n";
}

}  // namespace plimsoll::report
