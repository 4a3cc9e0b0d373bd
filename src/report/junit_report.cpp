// JUnit XML: one test case per file that passes, one failing test case per finding, so CI test
// tabs list each problem with its location. I/O problems are test errors.
#include "report/range.h"
#include "report/report.h"
#include "util/format.h"

namespace plimsoll::report {

void write_junit(std::ostream& out, const std::vector<core::FileReport>& results, const ReportContext& context) {
  std::size_t tests = 0, failures = 0, errors = 0;
  for (const auto& result : results) {
    if (!result.error.empty()) {
      ++tests, ++errors;
    } else if (result.findings.empty()) {
      ++tests;
    } else {
      tests += result.findings.size();
      failures += result.findings.size();
    }
  }
  (void)context;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << util::format("<testsuites name=\"plimsoll\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n", tests, failures, errors);
  out << util::format("  <testsuite name=\"plimsoll check\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n", tests, failures,
                      errors);
  for (const auto& result : results) {
    std::string file = xml_escape(result.path);
    if (!result.error.empty()) {
      out << "    <testcase classname=\"" << file << "\" name=\"" << file << "\">\n      <error message=\""
          << xml_escape(result.error) << "\"/>\n    </testcase>\n";
      continue;
    }
    if (result.findings.empty()) {
      out << "    <testcase classname=\"" << file << "\" name=\"" << file << "\"/>\n";
      continue;
    }
    for (const auto& f : result.findings) {
      Range r = range_of(*result.source, f.span);
      std::string where = util::format("{}:{}:{}", result.path, r.line, r.column);
      out << "    <testcase classname=\"" << file << "\" name=\"" << f.rule_id << " " << xml_escape(f.rule_name) << " at "
          << xml_escape(where) << "\">\n";
      out << "      <failure message=\"" << xml_escape(f.message) << "\" type=\"" << core::severity_name(f.severity)
          << "\">" << xml_escape(util::format("{}: {} {}", where, f.rule_id, f.message)) << "</failure>\n";
      out << "    </testcase>\n";
    }
  }
  out << "  </testsuite>\n</testsuites>\n";
}

}  // namespace plimsoll::report
