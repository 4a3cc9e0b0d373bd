// `docker build`, `docker buildx build`, `docker image build`, `podman build` and `buildah
// bud|build` calls in shell text (a script, a Makefile recipe, a workflow's `run:`): the
// Dockerfile and the context each names, as written, relative to the directory the text runs in,
// the names (`-t`) it tags the image with, and the named contexts (`--build-context`) it supplies.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace plimsoll::project {

struct BuildCall {
  std::string context;     // the positional context, as written ("." …), after any literal `cd`
  std::string dockerfile;  // `-f`/`--file`, relative to the directory the text runs in; "" when absent
  uint32_t line = 0;       // 1-based, in the text given (plus `first_line - 1`)
  // The paths are relative to the script's own directory (`cd "$(dirname "$0")/.."` before the
  // call), not to the directory it is run from.
  bool from_script_dir = false;
  // `-t`/`--tag` values as written; one with an expansion (`$VAR`, `$(…)`) is left out.
  std::vector<std::string> tags;
  // The names `--build-context NAME=VALUE` gives, whatever the value; a name with an expansion is
  // left out.
  std::vector<std::string> named_contexts;
};

// Only calls whose context and file are plain paths are returned: a context or file with an
// expansion (`$(…)`, `${…}`, `$VAR`), a URL, `-` (stdin) or an ambiguous argument list (an
// option this reader does not know, taking a value) is skipped, never guessed. A `cd` to a
// plain path earlier in the text moves later calls; a `cd` this reader cannot resolve ends
// the reading (nothing after it is known to run where it says).
std::vector<BuildCall> read_build_calls(std::string_view shell_text, uint32_t first_line = 1);

// The name a `NAME=VALUE` named build context gives (`--build-context`, the build-push action's
// `build-contexts` lines), blanks trimmed; "" when there is no `=` or the name has an expansion.
std::string_view named_context_name(std::string_view value);

}  // namespace plimsoll::project
