#include "app/checked_inputs.h"

#include <algorithm>
#include <iostream>

#include "app/config_command.h"

namespace plimsoll::app {

std::optional<CheckedInputs> load_checked_inputs(const CheckOptions& options) {
  std::vector<std::string> paths = options.paths.empty() ? std::vector<std::string>{"."} : options.paths;
  auto config = resolve_config(options.config_path, options.profile, paths.front());
  if (!config) {
    std::cerr << "plimsoll: " << config.error().message << "\n";
    return std::nullopt;
  }
  Discovery found = discover(paths, options.excludes);
  for (const auto& error : found.errors) std::cerr << "plimsoll: " << error << "\n";
  for (auto* list : {&found.files, &found.project_files}) {
    std::erase_if(*list, [&](const std::string& file) {
      return config->excludes(file) && std::find(paths.begin(), paths.end(), file) == paths.end();
    });
  }
  return CheckedInputs{std::move(paths), std::move(*config), std::move(found)};
}

}  // namespace plimsoll::app
