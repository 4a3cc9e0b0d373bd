// GNU error format (`file:line.column-endline.endcolumn: severity: message`), which Emacs
// compilation mode, Vim's quickfix and most editors jump through.
#include "report/range.h"
#include "report/report.h"

namespace plimsoll::report {

void write_gnu(std::ostream& out, const std::vector<core::FileReport>& results, const ReportContext& context) {
  (void)context;
  for (const auto& result : results) {
    if (!result.error.empty()) {
      out << "plimsoll: " << result.path << ": error: " << result.error << "\n";
      continue;
    }
    for (const auto& f : result.findings) {
      Range r = range_of(*result.source, f.span);
      out << result.path << ":" << r.line << "." << r.column << "-" << r.end_line << "." << r.end_column << ": "
          << core::severity_name(f.severity) << ": " << f.message << " [" << f.rule_id << " " << f.rule_name << "]\n";
    }
  }
}

}  // namespace plimsoll::report
