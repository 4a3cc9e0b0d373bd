// What a file is by its first lines, for files whose name does not say: a file named on the
// command line (`plimsoll check build/recipe`), and Dockerfiles that are really templates.
// Each looks at no more than kSniffLimit bytes, in one pass.
#pragma once

#include <cstddef>
#include <string_view>

namespace plimsoll::project {

inline constexpr std::size_t kSniffLimit = 64 * 1024;

// The first line that is not blank, a comment or a parser directive starts with `FROM` or
// `ARG` (any case) followed by a blank: the only instructions a Dockerfile may open with.
bool looks_like_dockerfile(std::string_view text);
// A YAML mapping with a top-level `services:` key (a line that starts with it, unindented,
// optionally quoted), the one key every compose file that runs anything has.
bool looks_like_compose(std::string_view text);
// A Dockerfile that a template engine renders: a FROM line holding `{{`, `{%` or `<%`, or a
// line that opens with a Jinja (`{%`) or ERB (`<%`) statement, which no Dockerfile line can.
bool is_templated_dockerfile(std::string_view text);

}  // namespace plimsoll::project
