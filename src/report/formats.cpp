#include "report/report.h"

namespace plimsoll::report {

const std::vector<std::string>& format_names() {
  static const std::vector<std::string> names = {"text", "json", "sarif", "checkstyle", "junit", "gitlab", "github", "gnu"};
  return names;
}

bool write_report(std::string_view format, std::ostream& out, const std::vector<core::FileReport>& results,
                  const ReportContext& context) {
  if (format == "text") {
    write_text(out, results, context.text);
  } else if (format == "json") {
    write_json(out, results);
  } else if (format == "sarif") {
    write_sarif(out, results, context);
  } else if (format == "checkstyle") {
    write_checkstyle(out, results, context);
  } else if (format == "junit") {
    write_junit(out, results, context);
  } else if (format == "gitlab") {
    write_gitlab(out, results, context);
  } else if (format == "github") {
    write_github(out, results, context);
  } else if (format == "gnu") {
    write_gnu(out, results, context);
  } else {
    return false;
  }
  return true;
}

}  // namespace plimsoll::report
