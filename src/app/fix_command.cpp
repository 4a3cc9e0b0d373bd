// `plimsoll fix`: the files `check` would read, each fixed to a fixed point by the fix engine,
// then written atomically or, with --dry-run, shown as a unified diff.
#include <algorithm>
#include <iostream>
#include <set>

#include "app/check_pipeline.h"
#include "app/commands.h"
#include "app/checked_inputs.h"
#include "app/discovery.h"
#include "app/fix_checkers.h"
#include "fix/engine.h"
#include "rules/registry.h"
#include "util/atomic_write.h"
#include "util/diff.h"
#include "util/format.h"
#include "util/parallel.h"

namespace plimsoll::app {
namespace {

bool has_fix(const report::FileResult& result) {
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
  const auto& [paths, config, found] = *inputs;

  rules::CheckOptions check_options;
  check_options.inline_ignores = options.inline_ignores;
  std::vector<report::FileResult> results =
      check_files(found.files, rules::all_rules(), util::hardware_threads(), check_options, &config);
  check_project_files(results, project_root(paths), found.project_files, rules::all_rules(), check_options, &config,
                      options.env_files);

  FixProject project{project_root(paths), found.project_files, options.env_files, &config, options.inline_ignores};
  for (const auto& r : results) {
    if (r.source) project.files.push_back(r.path);
  }
  std::set<std::string> dockerfiles(found.files.begin(), found.files.end());
  bool io_error = !found.errors.empty();
  bool changed = false;
  for (const auto& result : results) {
    if (!result.error.empty()) {
      std::cerr << "plimsoll: " << result.error << "\n";
      io_error = true;
      continue;
    }
    if (!result.source || !has_fix(result)) continue;
    fix::Checker checker = dockerfiles.count(result.path) != 0 ? dockerfile_checker(result.path, project)
                                                                : project_checker(result.path, project);
    std::string before(result.source->text());
    fix::Result fixed = fix::fix_to_fixed_point(before, checker);
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
