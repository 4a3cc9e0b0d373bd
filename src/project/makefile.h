// What plimsoll needs from a Makefile: the targets it defines and the `docker compose` command
// lines of its recipes, with `-f` and `--env-file` arguments after simple variable expansion.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

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

struct Makefile {
  std::vector<MakeTarget> targets;
  std::vector<ComposeInvocation> compose_calls;
  bool has_target(std::string_view name) const;
};

// Never fails: lines it does not understand are skipped. `$(VAR)` and `${VAR}` expand from
// `VAR = …`, `VAR := …` and `VAR ?= …` assignments anywhere in the file (last one wins).
Makefile parse_makefile(std::string_view text);

}  // namespace plimsoll::project
