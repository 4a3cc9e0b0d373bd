// The check pipeline shared by the CLI and the benchmarks: read each file once, run the
// rules, keep results in input order. Files are processed in parallel. With a config, each
// file gets the config's settings (its per-path overrides included).
#pragma once

#include <string>
#include <vector>

#include "config/config.h"
#include "report/report.h"
#include "rules/engine.h"
#include "rules/rule.h"

namespace plimsoll::app {

std::vector<report::FileResult> check_files(const std::vector<std::string>& files,
                                            const std::vector<const rules::Rule*>& rules, unsigned threads,
                                            const rules::CheckOptions& options = {},
                                            const config::Config* config = nullptr);

// Loads the project the files form (Dockerfiles plus compose, env, ignore files and Makefiles),
// runs the project rules, and folds their findings into `results`, adding a result for every
// project file. Results end sorted by path.
void check_project_files(std::vector<report::FileResult>& results, const std::string& root,
                         const std::vector<std::string>& project_files, const std::vector<const rules::Rule*>& rules,
                         const rules::CheckOptions& options, const config::Config* config,
                         const std::vector<std::string>& env_files = {});

}  // namespace plimsoll::app
