// `plimsoll fix`: the files `check` would read, each fixed to a fixed point by the fix engine,
// then written atomically or, with --dry-run, shown as a unified diff.
#include <algorithm>
#include <iostream>
#include <set>

#include "app/checked_inputs.h"
#include "app/commands.h"
#include "fix/engine.h"
#include "session/candidate.h"
#include "session/discovery.h"
#include "util/atomic_write.h"
#include "util/diff.h"
#include "util/format.h"

namespace plimsoll::app {
namespace {

bool has_fix(const core::FileReport& result) {
  return std::any_of(result.findings.begin(), result.findings.end(), [](const core::Finding& f) { return f.fix.has_value(); });
}

void print_outcomes(const std::string& path, const fix::Result& result) {
  for (const auto& a : result.applied) {
    std::cerr << util::format("{}:{}: fixed {}: {}\n", path, a.line, a.rule_id, a.title);
  }
  for (const auto& r : result.refused) {
    std::cerr << util::format("{}:{}: not fixed {}: {}: {}\n", path, r.line, r.rule_id, r.title, r.reason);
  }
  if (!result.converged) std::cerr << util::format("{}: stopped after {} rounds of fixes\n", path, result.rounds);
}

}  // namespace

int run_fix(const FixOptions& options) {
  auto inputs = load_checked_inputs(options);
  if (!inputs) return 2;
  const session::Discovery& found = inputs->found;
  session::Request request = session_request(*inputs, options);
  std::vector<core::FileReport> results = session::check(request);
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
      std::cerr << "plimsoll: " << result.error << "\n";
      io_error = true;
      continue;
    }
    if (!result.source || !has_fix(result)) continue;
    std::string before(result.source->text());
    fix::Result fixed = std::move(fixes[next++]);
    print_outcomes(result.path, fixed);
    if (fixed.text == before) continue;
    changed = true;
    if (options.dry_run) {
      std::cout << util::unified_diff(before, fixed.text, result.path);
    } else if (auto written = util::write_atomically(result.path, fixed.text); !written) {
      std::cerr << "plimsoll: " << written.error().message << "\n";
      io_error = true;
    }
  }
  if (io_error) return 2;
  return options.dry_run && changed ? 1 : 0;
}

}  // namespace plimsoll::app
