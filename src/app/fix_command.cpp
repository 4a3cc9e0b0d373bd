// `plimsoll fix`: the files `check` would read, each fixed to a fixed point by the fix engine,
// then written atomically or, with --dry-run, shown as a unified diff.
#include <algorithm>
#include <iostream>
#include <set>

#include "app/checked_inputs.h"
#include "app/commands.h"
#include "app/terminal.h"
#include "fix/engine.h"
#include "session/candidate.h"
#include "session/discovery.h"
#include "util/atomic_write.h"
#include "util/diff.h"
#include "util/format.h"
#include "util/printable.h"

namespace plimsoll::app {
namespace {

bool has_fix(const core::FileReport& result) {
  return std::any_of(result.findings.begin(), result.findings.end(), [](const core::Finding& f) { return f.fix.has_value(); });
}

void print_outcomes(const std::string& path, const fix::Result& result) {
  for (const auto& a : result.applied) {
    std::cerr << util::format("{}:{}: fixed {}: {}\n", util::printable(path), a.line, a.rule_id, util::printable(a.title));
  }
  for (const auto& r : result.refused) {
    std::cerr << util::format("{}:{}: not fixed {}: {}: {}\n", util::printable(path), r.line, r.rule_id,
                              util::printable(r.title), util::printable(r.reason));
  }
  if (!result.converged) {
    std::cerr << util::format("{}: stopped after {} rounds of fixes\n", util::printable(path), result.rounds);
  }
}

}  // namespace

int run_fix(const FixOptions& options) {
  auto inputs = load_checked_inputs(options);
  if (!inputs) return 2;
  const session::Discovery& found = inputs->found;
  session::Request request = session_request(*inputs, options);
  std::vector<core::FileReport> results = check_noting(request);
  bool io_error = !found.errors.empty();
  bool changed = false;
  // Every file with fixes is fixed in one pass over the project (session::fix_files): each
  // step checks the project once, not once per fix of every file.
  std::vector<std::string> paths, texts;
  for (const auto& result : results) {
    if (!result.error.empty() || !result.source || !has_fix(result)) continue;
    paths.push_back(result.path);
    texts.emplace_back(result.source->text());
  }
  std::vector<fix::Result> fixes = session::fix_files(paths, std::move(texts), request);
  std::size_t next = 0;
  for (const auto& result : results) {
    if (!result.error.empty()) {
      std::cerr << "plimsoll: " << util::printable(result.error) << "\n";
      io_error = true;
      continue;
    }
    if (!result.source || !has_fix(result)) continue;
    std::string before(result.source->text());
    fix::Result fixed = std::move(fixes[next++]);
    if (fixed.text == before) {
      print_outcomes(result.path, fixed);
      continue;
    }
    changed = true;
    if (options.dry_run) {
      print_outcomes(result.path, fixed);
      std::cout << for_stdout(util::unified_diff(before, fixed.text, result.path));
      continue;
    }
    // Compared with what was read, so an edit saved while the fixes ran is never overwritten;
    // "fixed" is only said of a file that was written.
    util::AtomicWriteOptions write;
    write.expected = before;
    if (auto written = util::write_atomically(result.path, fixed.text, write); !written) {
      std::cerr << "plimsoll: " << util::printable(written.error().message) << " (" << fixed.applied.size() << " fixes not applied)\n";
      io_error = true;
      continue;
    }
    print_outcomes(result.path, fixed);
  }
  if (io_error) return 2;
  return options.dry_run && changed ? 1 : 0;
}

}  // namespace plimsoll::app
