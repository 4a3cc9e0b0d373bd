// Snapshots of what users read for every rule case: the text `plimsoll check --explain`
// prints (report::write_text, no colour, findings' notes shown; the case's directory in messages written as a check
// run inside it prints it) in `<case>.snap` beside the case, and for rules that
// offer fixes each fixed file in `<case>.fixed` (a project case: `<case>.<file>.fixed`, with `/`
// in the file's path written `__`). PLIMSOLL_UPDATE_SNAPSHOTS=1 (scripts/update-snapshots)
// rewrites them instead of comparing. The harnesses hand over their findings and a way to run
// the case again on changed text; the snapshot code never runs a case by itself.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/finding.h"
#include "core/source_file.h"
#include "project_finding.h"
#include "rules/settings.h"
#include "rules/rule.h"

namespace plimsoll::rules::testing_cases {

// True while snapshots are being rewritten rather than compared.
bool updating_snapshots();
// `.snap` and `.fixed` files: what the harnesses skip when they list a case folder.
bool is_snapshot_file(const std::filesystem::path& path);

// The case file again with other text: the findings of the rule under test.
using RunFile = std::function<std::vector<core::Finding>(const core::SourceFile& source)>;
// The case directory again with some files' text replaced (keyed by util::normal_path).
using RunProject = std::function<std::vector<ProjectFinding>(
    const std::map<std::string, std::string, std::less<>>& overlays)>;

// A single-file case (`<stem>.cases/bad_x.Dockerfile`).
void expect_file_snapshots(const std::filesystem::path& case_file, const core::SourceFile& source,
                           const Rule& rule, const std::vector<core::Finding>& findings,
                           const RunFile& run);
// A project case directory (`<stem>.cases/bad_x/`), whose checked files are `files`.
void expect_project_snapshots(const std::filesystem::path& case_dir,
                              const std::vector<std::string>& files, const Rule& rule,
                              const std::vector<ProjectFinding>& findings, const RunProject& run);

// The case a snapshot file belongs to (which may no longer exist): `bad_x.Dockerfile.snap` →
// `bad_x.Dockerfile`, `bad_x.compose.yaml.fixed` → `bad_x` when that is a directory.
std::filesystem::path owning_case(const std::filesystem::path& snapshot);

}  // namespace plimsoll::rules::testing_cases
