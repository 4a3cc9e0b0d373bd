#include "session/candidate.h"

#include "util/path.h"

#include <map>

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

fix::ProjectChecker project_checker(const std::vector<std::string>& paths, const Request& base) {
  return [paths, &base](const std::vector<std::string>& texts) {
    Request request = base;
    std::map<std::string, std::size_t> wanted;
    for (std::size_t i = 0; i < paths.size(); ++i) {
      request.overlays[util::normal_path(paths[i])] = texts[i];
      wanted.emplace(paths[i], i);
    }
    std::vector<fix::Check> results(paths.size());
    for (auto& report : check(request)) {
      auto it = wanted.find(report.path);
      if (it == wanted.end()) continue;
      fix::Check& result = results[it->second];
      result.findings = std::move(report.findings);
      result.parse_errors = report.count(core::Severity::kError);
      result.parse_warnings = report.diagnostics.size() - result.parse_errors;
    }
    return results;
  };
}

namespace {

bool same(const fix::Check& a, const fix::Check& b) {
  if (a.parse_errors != b.parse_errors || a.parse_warnings != b.parse_warnings) return false;
  if (a.findings.size() != b.findings.size()) return false;
  for (std::size_t i = 0; i < a.findings.size(); ++i) {
    const core::Finding& x = a.findings[i];
    const core::Finding& y = b.findings[i];
    if (x.rule_id != y.rule_id || x.severity != y.severity || x.span.begin != y.span.begin ||
        x.span.end != y.span.end || x.message != y.message) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::vector<fix::Result> fix_files(const std::vector<std::string>& paths, std::vector<std::string> texts,
                                   const Request& base, const fix::Options& options) {
  std::vector<std::string> originals = texts;
  fix::ProjectChecker checker = project_checker(paths, base);
  std::vector<fix::Result> results = fix::fix_files_to_fixed_point(std::move(texts), checker, options);
  std::vector<std::string> fixed;
  for (const auto& r : results) fixed.push_back(r.text);
  std::vector<fix::Check> confirmed = checker(fixed);
  for (std::size_t i = 0; i < results.size(); ++i) {
    if (same(confirmed[i], results[i].checked)) continue;
    results[i] = fix::fix_to_fixed_point(originals[i], candidate_checker(paths[i], base), options);
  }
  return results;
}

}  // namespace plimsoll::session
