// Finds and loads the configuration for a run: `--config`, else the nearest `.plimsoll.yaml`
// from the first checked path upward, else the default profile; `--profile` replaces its profile.
#pragma once

#include <string>

#include "config/config.h"
#include "util/result.h"

namespace plimsoll::app {

util::Result<config::Config> resolve_config(const std::string& config_path, const std::string& profile,
                                            const std::string& start);

}  // namespace plimsoll::app
