#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "app/check_pipeline.h"
#include "app/config_command.h"
#include "app/commands.h"
#include "app/discovery.h"
#include "core/severity.h"
#include "rules/registry.h"
#include "util/parallel.h"

namespace plimsoll::app {
namespace {

bool use_color(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  return ::isatty(STDOUT_FILENO) != 0;
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
  std::vector<std::string> paths = options.paths.empty() ? std::vector<std::string>{"."} : options.paths;
  auto config = resolve_config(options.config_path, options.profile, paths.front());
  if (!config) {
    std::cerr << "plimsoll: " << config.error().message << "\n";
    return 2;
  }
  Discovery found = discover(paths, options.excludes);
  for (const auto& error : found.errors) std::cerr << "plimsoll: " << error << "\n";
  // Config excludes apply to what directories yield; a file named on the command line is kept.
  std::erase_if(found.files, [&](const std::string& file) {
    return config->excludes(file) && std::find(paths.begin(), paths.end(), file) == paths.end();
  });

  unsigned threads = options.jobs == 0 ? util::hardware_threads() : options.jobs;
  std::vector<report::FileResult> results = check_files(found.files, rules::all_rules(), threads, {options.inline_ignores}, &*config);
  report::ReportContext context{kToolVersion, {use_color(options.color)}};
  if (!report::write_report(options.format, std::cout, results, context)) {
    std::cerr << "plimsoll: unknown --format " << options.format << "\n";
    return 2;
  }

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
