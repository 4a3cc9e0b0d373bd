#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>

#include "util/format.h"

#include "app/checked_inputs.h"
#include "project/file_kind.h"
#include "util/path.h"
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

// Standard input, whole, up to the size any project file may have.
std::optional<std::string> read_standard_input() {
  constexpr std::size_t kMaxBytes = std::size_t{256} << 20;
  std::string text;
  std::array<char, 65536> buffer{};
  while (true) {
    ssize_t n = ::read(STDIN_FILENO, buffer.data(), buffer.size());
    if (n == 0) return text;
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      std::cerr << "plimsoll: -: " << std::strerror(errno) << "\n";
      return std::nullopt;
    }
    text.append(buffer.data(), static_cast<std::size_t>(n));
    if (text.size() > kMaxBytes) {
      std::cerr << "plimsoll: -: standard input is larger than 256 MiB; not checked\n";
      return std::nullopt;
    }
  }
}

// `check -` : the text on standard input. On its own it is a Dockerfile and nothing around it is
// read; with `--stdin-filename PATH` it is the file at PATH (whatever kind its name says), checked
// with the project around it as an editor's unsaved buffer would be. Only its report comes back.
std::optional<std::vector<core::FileReport>> check_standard_input(const CheckOptions& options) {
  auto text = read_standard_input();
  if (!text) return std::nullopt;
  const std::string& name = options.stdin_filename;
  auto config = load_run_config(options, name.empty() ? "." : name);
  if (!config) return std::nullopt;
  if (name.empty()) {
    return std::vector<core::FileReport>{
        session::check_dockerfile_text("-", std::move(*text), {}, config->settings_for("-"), options.inline_ignores)};
  }
  CheckedInputs inputs{{name}, std::move(*config), {}};
  switch (project::classify(name)) {
    case project::FileKind::kDockerfile: inputs.found.files.push_back(name); break;
    case project::FileKind::kCompose: inputs.found.compose_files.push_back(name); break;
    case project::FileKind::kOther: inputs.found.files.push_back(name); break;  // as `-` alone: a Dockerfile
    default: inputs.found.project_files.push_back(name); break;
  }
  session::Request request = session_request(inputs, options);
  request.overlays[util::normal_path(name)] = std::move(*text);
  request.focus = util::normal_path(name);
  std::vector<core::FileReport> results = check_noting(request, options.quiet);
  std::erase_if(results, [&](const core::FileReport& r) { return util::normal_path(r.path) != util::normal_path(name); });
  return results;
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
  bool from_stdin = std::find(options.paths.begin(), options.paths.end(), "-") != options.paths.end();
  if (from_stdin && options.paths.size() > 1) {
    std::cerr << "plimsoll: `-` reads standard input, and is the only path of such a run\n";
    return 2;
  }
  if (!from_stdin && !options.stdin_filename.empty()) {
    std::cerr << "plimsoll: --stdin-filename names the text of `-`; give `-` as the path\n";
    return 2;
  }
  std::optional<CheckedInputs> inputs;
  rules::RuleTimings timings;
  std::vector<core::FileReport> results;
  if (from_stdin) {
    auto checked = check_standard_input(options);
    if (!checked) return 2;
    results = std::move(*checked);
  } else {
    inputs = load_checked_inputs(options, /*print_errors=*/false);  // the report carries them
    if (!inputs) return 2;
    session::Request request = session_request(*inputs, options);
    if (options.profile_rules) request.timings = &timings;
    results = check_noting(request, options.quiet);
    // What could not be taken at all is part of the report, so no format says the run was clean.
    std::vector<core::FileReport> unchecked;
    for (const auto& error : inputs->found.errors) unchecked.push_back({nullptr, error.path, error.text(), {}, {}});
    results.insert(results.begin(), std::make_move_iterator(unchecked.begin()), std::make_move_iterator(unchecked.end()));
  }
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

  bool io_error = inputs && !inputs->found.errors.empty();
  bool failing = false;
  for (const auto& result : results) {
    io_error = io_error || !result.error.empty();
    for (const auto& finding : result.findings) failing = failing || (threshold && finding.severity >= *threshold);
  }
  if (io_error) return 2;
  return failing ? 1 : 0;
}

}  // namespace plimsoll::app
