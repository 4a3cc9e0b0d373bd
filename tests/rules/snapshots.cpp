#include "snapshots.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>

#include "dockerfile/parser.h"
#include "fix/engine.h"
#include "util/path.h"
#include "report/report.h"
#include "util/file_io.h"
#include "util/text.h"

namespace plimsoll::rules::testing_cases {
namespace {

namespace fs = std::filesystem;

constexpr const char* kUpdateHint =
    "if the change is intended, run scripts/update-snapshots and review the diff";

// Compares `actual` with the stored snapshot, or stores it when updating.
void expect_snapshot(const fs::path& path, const std::string& actual) {
  auto stored = util::read_file(path.string());
  if (updating_snapshots()) {
    if (!stored || *stored != actual) std::ofstream(path, std::ios::binary) << actual;
    return;
  }
  if (!stored) {
    ADD_FAILURE() << path.string() << " is missing; " << kUpdateHint;
    return;
  }
  EXPECT_EQ(*stored, actual) << path.string() << " is not what the case prints now; "
                             << kUpdateHint;
}

// No fix changes the file: a `.fixed` left from earlier is stale.
void expect_no_snapshot(const fs::path& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return;
  if (updating_snapshots()) {
    fs::remove(path, ec);
    return;
  }
  ADD_FAILURE() << path.string() << " is stale: no fix of the rule changes the case any more; "
                << kUpdateHint;
}

// The text output with the case's own directory written as the checkout-independent path a
// check run inside it prints: `<dir>/x` → `x`, `<dir>` → `.`.
std::string as_text(const std::vector<core::FileReport>& results, const fs::path& dir) {
  std::ostringstream out;
  report::TextOptions options;
  options.explain = true;  // notes are part of what a user reads with --explain: snapshotted too
  report::write_text(out, results, options);
  std::string text = out.str();
  for (std::string prefix : {dir.string(), util::normal_path(dir.string())}) {
    while (!prefix.empty() && prefix.back() == '/') prefix.pop_back();
    if (prefix.empty()) continue;
    for (std::size_t at = text.find(prefix); at != std::string::npos;
         at = text.find(prefix, at + 1)) {
      char next = at + prefix.size() < text.size() ? text[at + prefix.size()] : ' ';
      if (util::is_ascii_alnum(next) || next == '_' || next == '-' || next == '.')
        continue;  // a longer name
      text.replace(at, prefix.size() + (next == '/' ? 1 : 0), next == '/' ? "" : ".");
    }
  }
  return text;
}

// Fixes come from rule metadata: a rule that does not declare them attaches none.
void expect_fixes_declared(const Rule& rule, const core::Finding& finding) {
  EXPECT_TRUE(rule.info().offers_fix() || !finding.fix)
      << rule.info().id << " attached a fix, but its RuleInfo does not say Fixes::kOffered";
}

std::string fixed_name(const fs::path& case_dir, const std::string& relative) {
  std::string flat = relative;
  for (std::size_t at = flat.find('/'); at != std::string::npos; at = flat.find('/', at + 2))
    flat.replace(at, 1, "__");
  return case_dir.string() + "." + flat + ".fixed";
}

}  // namespace

bool updating_snapshots() {
  const char* value = std::getenv("PLIMSOLL_UPDATE_SNAPSHOTS");
  return value != nullptr && *value != '\0' && std::string_view(value) != "0";
}

bool is_snapshot_file(const fs::path& path) {
  return path.extension() == ".snap" || path.extension() == ".fixed";
}

fs::path owning_case(const fs::path& snapshot) {
  fs::path without = snapshot.parent_path() / snapshot.stem();  // drops `.snap` or `.fixed`
  std::error_code ec;
  if (snapshot.extension() == ".snap" || fs::is_regular_file(without, ec)) return without;
  // `<case dir>.<file>.fixed`: the longest prefix before a dot that is a directory.
  std::string name = without.filename().string();
  for (std::size_t dot = name.rfind('.'); dot != std::string::npos && dot > 0;
       dot = name.rfind('.', dot - 1)) {
    fs::path dir = snapshot.parent_path() / name.substr(0, dot);
    if (fs::is_directory(dir, ec)) return dir;
  }
  return without;
}

void expect_file_snapshots(const fs::path& case_file, const core::SourceFile& source,
                           const Rule& rule, const std::vector<core::Finding>& findings,
                           const RunFile& run) {
  for (const auto& f : findings) expect_fixes_declared(rule, f);
  // The path as `plimsoll check` prints it when run in the case folder.
  auto shared = std::make_shared<const core::SourceFile>(case_file.filename().string(),
                                                         std::string(source.text()));
  expect_snapshot(case_file.string() + ".snap",
                  as_text({{shared, shared->path(), "", findings, {}}}, case_file.parent_path()));

  fs::path fixed_path = case_file.string() + ".fixed";
  bool fixable = std::any_of(findings.begin(), findings.end(),
                             [](const core::Finding& f) { return f.fix.has_value(); });
  if (!rule.info().offers_fix() || !fixable) return expect_no_snapshot(fixed_path);
  // As `plimsoll fix` would, with only the rule under test: re-checked after every fix.
  fix::Checker checker = [&](std::string_view text) {
    core::SourceFile changed(source.path(), std::string(text));
    fix::Check check;
    check.findings = run(changed);
    for (const auto& d : dockerfile::parse(changed.text()).diagnostics) {
      ++(d.severity == core::Severity::kError ? check.parse_errors : check.parse_warnings);
    }
    return check;
  };
  fix::Result fixed = fix::fix_to_fixed_point(std::string(source.text()), checker);
  if (fixed.text == source.text()) return expect_no_snapshot(fixed_path);
  expect_snapshot(fixed_path, fixed.text);
}

void expect_project_snapshots(const fs::path& case_dir, const std::vector<std::string>& files,
                              const Rule& rule, const std::vector<ProjectFinding>& findings,
                              const RunProject& run) {
  const fs::path root = util::normal_path(case_dir.string());
  auto relative = [&](const std::string& path) {
    return fs::path(util::normal_path(path)).lexically_relative(root).generic_string();
  };
  // One result per checked file, as `plimsoll check` run in the case directory lists them.
  std::map<std::string, core::FileReport> by_path;
  for (const auto& file : files) by_path[relative(file)].path = relative(file);
  for (const auto& f : findings) {
    expect_fixes_declared(rule, f.finding);
    core::FileReport& result = by_path[relative(f.path)];
    result.path = relative(f.path);
    result.source = f.source;
    result.findings.push_back(f.finding);
  }
  std::vector<core::FileReport> results;
  for (auto& [path, result] : by_path) {
    std::stable_sort(result.findings.begin(), result.findings.end(),
                     [](const core::Finding& a, const core::Finding& b) {
                       return a.span.begin != b.span.begin ? a.span.begin < b.span.begin
                                                           : a.rule_id < b.rule_id;
                     });
    results.push_back(std::move(result));
  }
  expect_snapshot(case_dir.string() + ".snap", as_text(results, case_dir));

  for (const auto& result : results) {
    fs::path fixed_path = fixed_name(case_dir, result.path);
    bool fixable = std::any_of(result.findings.begin(), result.findings.end(),
                               [](const core::Finding& f) { return f.fix.has_value(); });
    if (!rule.info().offers_fix() || !fixable || !result.source) {
      expect_no_snapshot(fixed_path);
      continue;
    }
    const std::string key = util::normal_path((root / result.path).string());
    fix::Checker checker = [&](std::string_view text) {
      fix::Check check;
      for (auto& f : run({{key, std::string(text)}})) {
        if (util::normal_path(f.path) == key) check.findings.push_back(std::move(f.finding));
      }
      return check;  // the fix-case test holds fixed files to their parse; here only the rule
                     // counts
    };
    fix::Result fixed = fix::fix_to_fixed_point(std::string(result.source->text()), checker);
    if (fixed.text == result.source->text()) {
      expect_no_snapshot(fixed_path);
    } else {
      expect_snapshot(fixed_path, fixed.text);
    }
  }
}

}  // namespace plimsoll::rules::testing_cases
