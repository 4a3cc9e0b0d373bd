// What `fix` re-checks a candidate text with: a Dockerfile alone, as `check` runs its rules;
// any other file inside the project it belongs to, with only that file's text replaced.
#pragma once

#include <string>
#include <vector>

#include "config/config.h"
#include "fix/engine.h"

namespace plimsoll::app {

struct FixProject {
  std::string root;
  std::vector<std::string> files;  // every discovered file, Dockerfiles included
  std::vector<std::string> env_files;  // --env-file
  const config::Config* config = nullptr;
  bool inline_ignores = true;
};

fix::Checker dockerfile_checker(const std::string& path, const FixProject& project);
fix::Checker project_checker(const std::string& path, const FixProject& project);

}  // namespace plimsoll::app
