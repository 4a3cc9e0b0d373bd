#include "app/checked_inputs.h"

#include <algorithm>
#include <iostream>

#include "app/config_command.h"
#include "util/parallel.h"
#include "util/printable.h"

namespace plimsoll::app {

std::optional<CheckedInputs> load_checked_inputs(const CheckOptions& options) {
  std::vector<std::string> paths = options.paths.empty() ? std::vector<std::string>{"."} : options.paths;
  auto config = resolve_config(options.config_path, options.profile, paths.front());
  if (!config) {
    std::cerr << "plimsoll: " << util::printable(config.error().message) << "\n";
    return std::nullopt;
  }
  session::Discovery found = session::discover(paths, options.excludes);
  for (const auto& error : found.errors) std::cerr << "plimsoll: " << util::printable(error) << "\n";
  for (auto* list : {&found.files, &found.project_files}) {
    std::erase_if(*list, [&](const std::string& file) {
      return config->excludes(file) && std::find(paths.begin(), paths.end(), file) == paths.end();
    });
  }
  return CheckedInputs{std::move(paths), std::move(*config), std::move(found)};
}

session::Request session_request(const CheckedInputs& inputs, const CheckOptions& options) {
  session::Request request;
  request.root = session::project_root(inputs.paths);
  request.dockerfiles = inputs.found.files;
  request.project_files = inputs.found.project_files;
  request.env_files = options.env_files;
  request.config = &inputs.config;
  request.inline_ignores = options.inline_ignores;
  request.threads = options.jobs == 0 ? util::hardware_threads() : options.jobs;
  return request;
}

}  // namespace plimsoll::app
