// `plimsoll fix`: the files `check` would read, each fixed to a fixed point by the fix engine,
// then written atomically or, with --dry-run, shown as a unified diff.
#include <algorithm>
#include <iostream>
#include <set>

#include "app/checked_inputs.h"
#include "app/commands.h"
#include "app/rule_selection.h"
#include "app/terminal.h"
#include "fix/engine.h"
#include "session/candidate.h"
#include "session/discovery.h"
#include "util/atomic_write.h"
#include "util/diff.h"
#include "util/format.h"
#include "util/line_index.h"
#include "util/path.h"
#include "util/printable.h"

namespace plimsoll::app {
namespace {

bool has_fix(const core::FileReport& result) {
  return std::any_of(result.findings.begin(), result.findings.end(), [](const core::Finding& f) { return f.fix.has_value(); });
}

// What one run did, for the closing line.
struct Tally {
  std::size_t fixed = 0;
  std::size_t files = 0;
  std::size_t unsafe = 0;
  std::size_t refused = 0;
};

// Unsafe fixes left in the fixed text: listed, so nobody thinks `fix` forgot them.
std::size_t print_unsafe(const std::string& path, const fix::Result& result, const RuleSelection& selection) {
  util::LineIndex lines(result.text);
  std::size_t n = 0;
  for (const auto& f : result.checked.findings) {
    if (!f.fix || f.fix->safe() || !selection.selected(f.rule_id)) continue;
    ++n;
    std::cerr << util::format("{}:{}: not applied (unsafe; --unsafe-fixes): {}: {}\n", util::printable(path),
                              lines.locate(f.span.begin).line, f.rule_id, util::printable(f.fix->title));
  }
  return n;
}

// `verb` is "fixed", or "would fix" for --dry-run, which writes nothing.
void print_outcomes(const std::string& path, const fix::Result& result, std::string_view verb) {
  for (const auto& a : result.applied) {
    std::cerr << util::format("{}:{}: {} {}: {}\n", util::printable(path), a.line, verb, a.rule_id, util::printable(a.title));
  }
  for (const auto& r : result.refused) {
    std::cerr << util::format("{}:{}: not fixed {}: {}: {}\n", util::printable(path), r.line, r.rule_id,
                              util::printable(r.title), util::printable(r.reason));
  }
  if (!result.converged) {
    std::cerr << util::format("{}: stopped after {} rounds of fixes\n", util::printable(path), result.rounds);
  }
}

// The path a --dry-run diff names: relative to the working directory when the file is inside it,
// so `git apply` and `patch -p1` run there take the diff whatever path fix was given (`.`, `./x`,
// an absolute path). A file outside the working directory keeps its absolute path.
std::string diff_path(const std::string& path) {
  if (!path.starts_with("/")) {
    std::string normal = util::normal_path(path);
    if (normal != ".." && !normal.starts_with("../")) return path;  // git refuses `a/../x`
  }
  std::string absolute = util::absolute_path(path);
  std::string cwd = util::absolute_path(".");
  if (!util::is_inside(absolute, cwd) || absolute == cwd) return absolute;
  std::string rest = absolute.substr(cwd.size());
  while (rest.starts_with("/")) rest.erase(0, 1);
  return rest;
}

// What was fixed and refused in one file, then the unsafe fixes left for --unsafe-fixes.
void report_file(const std::string& path, const fix::Result& result, const FixOptions& options,
                 const RuleSelection& selection, Tally& tally) {
  print_outcomes(path, result, options.dry_run ? "would fix" : "fixed");
  if (!options.unsafe_fixes) tally.unsafe += print_unsafe(path, result, selection);
}

}  // namespace

int run_fix(const FixOptions& options) {
  RuleSelection selection;
  if (auto error = RuleSelection::parse(options.select, options.ignore, selection)) {
    std::cerr << "plimsoll: " << *error << "\n";
    return 2;
  }
  fix::Options fixing;
  fixing.accept = [&](const core::Finding& f) {
    return selection.selected(f.rule_id) && (options.unsafe_fixes || f.fix->safe());
  };
  auto inputs = load_checked_inputs(options);
  if (!inputs) return 2;
  const session::Discovery& found = inputs->found;
  session::Request request = session_request(*inputs, options);
  std::vector<core::FileReport> results = check_noting(request);
  bool io_error = !found.errors.empty();
  bool changed = false;
  Tally tally;
  // Every file with fixes is fixed in one pass over the project (session::fix_files): each
  // step checks the project once, not once per fix of every file.
  std::vector<std::string> paths, texts;
  for (const auto& result : results) {
    if (!result.error.empty() || !result.source || !has_fix(result)) continue;
    paths.push_back(result.path);
    texts.emplace_back(result.source->text());
  }
  std::vector<fix::Result> fixes = session::fix_files(paths, std::move(texts), request, fixing);
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
    tally.refused += fixed.refused.size();
    if (fixed.text == before) {
      report_file(result.path, fixed, options, selection, tally);
      continue;
    }
    changed = true;
    if (options.dry_run) {
      report_file(result.path, fixed, options, selection, tally);
      std::cout << for_stdout(util::unified_diff(before, fixed.text, diff_path(result.path)));
      tally.fixed += fixed.applied.size();
      ++tally.files;
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
    report_file(result.path, fixed, options, selection, tally);
    tally.fixed += fixed.applied.size();
    ++tally.files;
  }
  std::cerr << util::format("{} {} in {} file{}; {} unsafe fix{} not applied; {} refused\n",
                            options.dry_run ? "would fix" : "fixed", tally.fixed, tally.files,
                            tally.files == 1 ? "" : "s", tally.unsafe, tally.unsafe == 1 ? "" : "es", tally.refused);
  if (io_error) return 2;
  return options.dry_run && changed ? 1 : 0;
}

}  // namespace plimsoll::app
