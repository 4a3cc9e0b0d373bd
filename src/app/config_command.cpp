#include "app/config_command.h"

#include <iostream>
#include <sstream>

#include "app/commands.h"
#include "config/dump.h"
#include "config/profiles.h"
#include "util/printable.h"

namespace plimsoll::app {

util::Result<config::Config> resolve_config(const std::string& config_path, const std::string& profile,
                                            const std::string& start) {
  std::string path = config_path.empty() ? config::find_config(start) : config_path;
  util::Result<config::Config> loaded = path.empty() ? util::Result<config::Config>(config::Config{}) : config::load_config(path);
  if (!loaded || profile.empty()) return loaded;
  if (auto known = config::find_profile(profile); !known) return util::unexpected(known.error().message);
  loaded->profile = profile;
  return loaded;
}

int run_config_dump(const std::string& config_path, const std::string& profile, const std::string& start) {
  auto config = resolve_config(config_path, profile, start);
  if (!config) {
    std::cerr << "plimsoll: " << util::printable(config.error().message) << "\n";
    return 2;
  }
  // The dump quotes the configuration file: shown through util::printable like every report.
  std::ostringstream dump;
  config::dump_config(dump, *config);
  std::cout << util::printable(dump.str(), {.keep_tab = true, .keep_newline = true});
  return 0;
}

}  // namespace plimsoll::app
