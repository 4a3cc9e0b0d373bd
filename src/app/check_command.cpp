#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>

#include "util/format.h"

#include "app/checked_inputs.h"
#include "app/commands.h"
#include "session/discovery.h"
#include "core/severity.h"
#include "report/report.h"
#include "session/session.h"
#include "util/printable.h"

namespace plimsoll::app {
namespace {

bool use_color(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  return ::isatty(STDOUT_FILENO) != 0;
}

// A table on stderr, so it never mixes with a machine-readable report on stdout.
void print_rule_profile(const rules::RuleTimings& timings) {
  auto rows = timings.sorted();
  int64_t total = 0;
  for (const auto& [key, timing] : rows) total += timing.nanoseconds;
  std::cerr << util::format("{:<14} {:>10} {:>12} {:>7}\n", "rule", "calls", "ms", "share");
  for (const auto& [key, timing] : rows) {
    double share = total > 0 ? 100.0 * static_cast<double>(timing.nanoseconds) / static_cast<double>(total) : 0.0;
    std::cerr << util::format("{:<14} {:>10} {:>12.3f} {:>6.1f}%\n", key, timing.calls,
                              static_cast<double>(timing.nanoseconds) / 1e6, share);
  }
  std::cerr << util::format("{:<14} {:>10} {:>12.3f}\n", "total", "", static_cast<double>(total) / 1e6);
}

}  // namespace

int run_check(const CheckOptions& options) {
  std::optional<core::Severity> threshold;
  if (options.fail_on != "none") {
    threshold = core::parse_severity(options.fail_on);
    if (!threshold) {
      std::cerr << "plimsoll: --fail-on must be error, warning, info, style or none\n";
      return 2;
    }
  }
  auto inputs = load_checked_inputs(options);
  if (!inputs) return 2;
  const session::Discovery& found = inputs->found;

  rules::RuleTimings timings;
  session::Request request = session_request(*inputs, options);
  if (options.profile_rules) request.timings = &timings;
  std::vector<core::FileReport> results = check_noting(request, options.quiet);
  // A report written to a file is for a machine or a later reader: never coloured.
  bool color = options.output.empty() && use_color(options.color);
  report::ReportContext context{kToolVersion, {color, options.explain, !options.quiet}};
  std::ofstream file;
  if (!options.output.empty()) {
    file.open(options.output, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "plimsoll: cannot write " << util::printable(options.output) << ": " << std::strerror(errno) << "\n";
      return 2;
    }
  }
  std::ostream& out = options.output.empty() ? std::cout : file;
  if (!report::write_report(options.format, out, results, context)) {
    std::cerr << "plimsoll: unknown --format " << util::printable(options.format) << "\n";
    return 2;
  }
  if (!options.output.empty() && !(file.flush())) {
    std::cerr << "plimsoll: cannot write " << util::printable(options.output) << ": " << std::strerror(errno) << "\n";
    return 2;
  }

  if (options.profile_rules) print_rule_profile(timings);

  bool io_error = !found.errors.empty();
  bool failing = false;
  for (const auto& result : results) {
    io_error = io_error || !result.error.empty();
    for (const auto& finding : result.findings) failing = failing || (threshold && finding.severity >= *threshold);
  }
  if (io_error) return 2;
  return failing ? 1 : 0;
}

}  // namespace plimsoll::app
