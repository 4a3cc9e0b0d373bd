// Go's path helpers as patternmatcher uses them on Unix: filepath.Clean, filepath.Dir and
// strings.TrimSpace. Pure functions over views; results are fresh strings or sub-views.
#pragma once

#include <string>
#include <string_view>

namespace plimsoll::dockerignore {

// Lexical cleaning: collapses `//`, drops `.` segments, resolves `..` against a preceding
// segment (and at the root), removes a trailing `/`. "" becomes ".".
std::string clean_path(std::string_view path);

// Everything before the last `/`, cleaned; "." when there is no `/`.
std::string dir_path(std::string_view path);

// Trims Unicode white space (Go's unicode.IsSpace) from both ends, as strings.TrimSpace does.
std::string_view trim_go_space(std::string_view s);

}  // namespace plimsoll::dockerignore
