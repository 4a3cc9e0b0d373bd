// Which compose files run together and with which env files: from the `docker compose -f …
// --env-file …` calls of Makefiles, else by compose's defaults (`compose.yaml` plus its
// override, `.env` beside it) and by environment name (`docker-compose.dev.yml` with `.env.dev`).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "project/makefile.h"

namespace plimsoll::project {

struct StackPlan {
  std::vector<std::string> files;      // normal paths, merge order
  std::vector<std::string> env_files;  // normal paths; may name files that do not exist
  std::string source;                  // "Makefile:12 (dev-up)" or "default"
};

struct MakefileCalls {
  std::string path;  // the Makefile's normal path
  std::vector<ComposeInvocation> calls;
};

// "dev" for `docker-compose.dev.yml`, `compose/dev.yaml`, `.env.dev`, `.env.dev.example`,
// `dev.env` and `env/dev`; "" for `compose.yaml` and `.env`.
std::string environment_name(std::string_view path);
bool is_override_file(std::string_view path);

using Exists = std::function<bool(const std::string&)>;

std::vector<StackPlan> plan_stacks(const std::vector<std::string>& compose_files,
                                   const std::vector<std::string>& env_files,
                                   const std::vector<MakefileCalls>& makefiles, const Exists& exists);

}  // namespace plimsoll::project
