// What plimsoll needs from a Makefile: the targets it defines and the `docker compose` command
// lines of its recipes, with `-f` and `--env-file` arguments after simple variable expansion.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "project/build_calls.h"

namespace plimsoll::project {

struct MakeTarget {
  std::string name;
  uint32_t line = 0;  // 1-based
};

// One `docker compose …` (or `docker-compose …`) call: the files it merges and the env files
// it interpolates with, as written (relative to the Makefile's directory).
struct ComposeInvocation {
  std::vector<std::string> files;
  std::vector<std::string> env_files;
  std::string target;  // the recipe it belongs to
  uint32_t line = 0;
};

// What one Makefile variable may expand to. Variables that nest (`V2 = $(V1)$(V1)…`) grow
// exponentially with the nesting; past this they are read as written.
inline constexpr std::size_t kMaxMakeExpansion = std::size_t{64} << 10;
// What expansion may copy out of variables in one Makefile, all references together.
inline constexpr std::size_t kMaxMakeExpansionTotal = std::size_t{16} << 20;

struct Makefile {
  std::vector<MakeTarget> targets;
  std::vector<ComposeInvocation> compose_calls;
  // `docker build` (and podman, buildah) calls of its recipes, relative to the Makefile's directory.
  std::vector<BuildCall> build_calls;
  std::vector<core::Diagnostic> diagnostics;  // the expansion limits above, when hit
  bool has_target(std::string_view name) const;
};

// Never fails: lines it does not understand are skipped. `$(VAR)` and `${VAR}` expand from
// `VAR = …`, `VAR := …` and `VAR ?= …` assignments anywhere in the file (last one wins).
Makefile parse_makefile(std::string_view text);

}  // namespace plimsoll::project
