// What `fix` re-checks a candidate text with: the whole project as the session loads it, with
// only that file's text replaced, so a fix is judged by exactly what `check` would report.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "fix/engine.h"
#include "session/session.h"

namespace plimsoll::session {

// The findings and parse diagnostics of `path` when its text is `text`. `base` must outlive
// the returned checker.
fix::Checker candidate_checker(const std::string& path, const Request& base);

// The findings and parse diagnostics of each of `paths` when their texts are the given ones,
// from one check of the project. `base` must outlive the returned checker.
fix::ProjectChecker project_checker(const std::vector<std::string>& paths, const Request& base);

// `paths` (with their current `texts`) fixed together (fix::fix_files_to_fixed_point), each
// result then confirmed by one check of every fixed text at once. A file whose findings there
// differ from what its own fixes were judged on (its fixes and another file's interact) is
// fixed again on its own, as fix_to_fixed_point with candidate_checker would.
std::vector<fix::Result> fix_files(const std::vector<std::string>& paths, std::vector<std::string> texts,
                                   const Request& base, const fix::Options& options = {});

}  // namespace plimsoll::session
