// Path text, lexically: the one place that splits, joins and normalises slash-separated paths.
// Nothing here touches the disk except absolute_path (which reads the working directory).
#pragma once

#include <string>
#include <string_view>

namespace plimsoll::util {

// The last component: the text after the last '/' ("a/b.yml" → "b.yml", "a/" → "").
std::string_view basename(std::string_view path);
// The basename's extension with its dot (".yml"), "" when it has none; a leading dot is a
// hidden file's name, not an extension (".env" → "").
std::string_view extension(std::string_view path);
// The basename without its extension ("compose.prod.yml" → "compose.prod").
std::string_view stem(std::string_view path);

// Lexically normal and slash-separated: `.` and `..` folded, no trailing slash, "" → ".".
// The form paths are compared and keyed by.
std::string normal_path(std::string_view path);
// The directory holding `path` after normalisation: "." for a bare name, "/" for "/x".
std::string parent_dir(std::string_view path);
// `relative` resolved against `dir` (an absolute `relative` stands alone), normalised.
std::string join_path(std::string_view dir, std::string_view relative);
// Absolute against the working directory, and normal.
std::string absolute_path(std::string_view path);

// True when `path` is `dir` or below it, compared lexically after normalisation ("." holds
// every relative path that does not climb out with `..`).
bool is_inside(std::string_view path, std::string_view dir);

// True when a directory of `path` (a component before the basename) is named `name`
// ("a/.devcontainer/Dockerfile" has ".devcontainer"; "x.devcontainer/Dockerfile" does not).
bool has_directory(std::string_view path, std::string_view name);

}  // namespace plimsoll::util
