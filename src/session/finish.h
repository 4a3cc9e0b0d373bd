// Finishing what the engines reported, the same way for every kind of file: a rule configured
// off for the file drops its findings, a configured severity re-grades them, inline ignore
// comments silence them, repeats (a compose file several stacks use) count once, and each
// file's findings are ordered by position, then rule ID.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/file_report.h"
#include "rules/project_context.h"
#include "rules/reported.h"
#include "session/suppression.h"

namespace plimsoll::session {

// The inline ignores of a file, built when first asked for (null: the file has none to honour).
using SuppressionsFor = std::function<const Suppressions*(const core::SourceFile&)>;

// Adds each finished finding to the report of the file it lands in (made on first use), keyed by
// the path the finding's source was read under.
void finish(std::vector<rules::Reported> reported, const rules::SettingsFor& settings_for,
            const SuppressionsFor& suppressions_for, std::vector<core::FileReport>& reports,
            std::map<std::string, std::size_t>& index);

// Orders one report's findings by position, then rule ID.
void sort_findings(core::FileReport& report);

}  // namespace plimsoll::session
