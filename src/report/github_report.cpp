// GitHub Actions workflow commands: `::error file=…,line=…::message` lines that the runner turns
// into annotations on the pull request.
#include "report/range.h"
#include "report/report.h"
#include "util/format.h"
#include "util/printable.h"

namespace plimsoll::report {
namespace {

// The runner unescapes %25, %0D and %0A in messages, and also %3A and %2C in properties. What
// could steer the log viewer (escape sequences, C1, bidi overrides) is made visible first.
std::string escape(std::string_view raw, bool property) {
  std::string text = util::printable(raw, {.keep_tab = true, .keep_newline = true});
  std::string out;
  for (char c : text) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else if (property && c == ':') out += "%3A";
    else if (property && c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

std::string_view command(core::Severity severity) {
  switch (severity) {
    case core::Severity::kError: return "error";
    case core::Severity::kWarning: return "warning";
    default: return "notice";
  }
}

}  // namespace

void write_github(std::ostream& out, const std::vector<core::FileReport>& results, const ReportContext& context) {
  (void)context;
  for (const auto& result : results) {
    if (!result.error.empty()) {
      out << "::error file=" << escape(result.path, true) << ",title=plimsoll::" << escape(result.error, false) << "\n";
      continue;
    }
    for (const auto& f : result.findings) {
      Range r = range_of(*result.source, f.span);
      out << "::" << command(f.severity) << " file=" << escape(result.path, true) << ",line=" << r.line
          << ",col=" << r.column << ",endLine=" << r.end_line << ",endColumn=" << r.end_column
          << ",title=" << escape(util::format("{} {}", f.rule_id, f.rule_name), true) << "::" << escape(f.message, false) << "\n";
    }
  }
}

}  // namespace plimsoll::report
