#include "session/candidate.h"

#include "util/path.h"

namespace plimsoll::session {

fix::Checker candidate_checker(const std::string& path, const Request& base) {
  return [path, &base](std::string_view text) {
    Request request = base;
    request.overlays[util::normal_path(path)] = std::string(text);
    fix::Check result;
    for (auto& report : check(request)) {
      if (report.path != path) continue;
      result.findings = std::move(report.findings);
      result.parse_errors = report.count(core::Severity::kError);
      result.parse_warnings = report.diagnostics.size() - result.parse_errors;
    }
    return result;
  };
}

}  // namespace plimsoll::session
