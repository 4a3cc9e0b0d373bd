// What `fix` re-checks a candidate text with: the whole project as the session loads it, with
// only that file's text replaced, so a fix is judged by exactly what `check` would report.
#pragma once

#include <string>
#include <string_view>

#include "fix/engine.h"
#include "session/session.h"

namespace plimsoll::session {

// The findings and parse diagnostics of `path` when its text is `text`. `base` must outlive
// the returned checker.
fix::Checker candidate_checker(const std::string& path, const Request& base);

}  // namespace plimsoll::session
