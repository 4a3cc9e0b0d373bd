// GNU error format (`file:line.column-endline.endcolumn: severity: message`), which Emacs
// compilation mode, Vim's quickfix and most editors jump through.
#include "report/range.h"
#include "report/report.h"
#include "util/printable.h"

namespace plimsoll::report {

void write_gnu(std::ostream& out, const std::vector<core::FileReport>& results, const ReportContext& context) {
  (void)context;
  for (const auto& result : results) {
    if (!result.error.empty()) {
      out << "plimsoll: " << util::printable(result.path) << ": error: " << util::printable(result.error) << "\n";
      continue;
    }
    for (const auto& f : result.findings) {
      Range r = range_of(*result.source, f.span);
      out << util::printable(result.path) << ":" << r.line << "." << r.column << "-" << r.end_line << "." << r.end_column << ": "
          << core::severity_name(f.severity) << ": " << util::printable(f.message) << " [" << f.rule_id << " "
          << util::printable(f.rule_name) << "]\n";
    }
  }
}

}  // namespace plimsoll::report
