#include "app/checked_inputs.h"

#include <algorithm>
#include <iostream>

#include "app/config_command.h"
#include "util/confinement.h"
#include "util/file_io.h"
#include "util/parallel.h"
#include "util/printable.h"

namespace plimsoll::app {

std::optional<CheckedInputs> load_checked_inputs(const CheckOptions& options) {
  std::vector<std::string> paths = options.paths.empty() ? std::vector<std::string>{"."} : options.paths;
  // The CI named these: read them as given, but a missing one is a broken pipeline, not a
  // project without variables.
  for (const auto& env_file : options.env_files) {
    if (auto text = util::read_file(env_file); !text) {
      std::cerr << "plimsoll: --env-file " << util::printable(text.error().message) << "\n";
      return std::nullopt;
    }
  }
  auto config = resolve_config(options.config_path, options.profile, paths.front());
  if (!config) {
    std::cerr << "plimsoll: " << util::printable(config.error().message) << "\n";
    return std::nullopt;
  }
  session::Discovery found = session::discover(paths, options.excludes);
  for (const auto& error : found.errors) std::cerr << "plimsoll: " << util::printable(error) << "\n";
  for (const auto& notice : found.notices) std::cerr << "plimsoll: notice: " << util::printable(notice) << "\n";
  for (auto* list : {&found.files, &found.project_files, &found.compose_files}) {
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
  request.compose_files = inputs.found.compose_files;
  request.env_files = options.env_files;
  request.config = &inputs.config;
  request.inline_ignores = options.inline_ignores;
  request.threads = options.jobs == 0 ? util::hardware_threads() : options.jobs;
  std::vector<std::string> roots;
  for (const auto& path : inputs.paths) roots.push_back(util::project_root_of(path));
  request.confinement = std::make_shared<util::Confinement>(roots, options.env_files);
  return request;
}

std::vector<core::FileReport> check_noting(session::Request request) {
  std::vector<std::string> notices;
  request.notices = &notices;
  std::vector<core::FileReport> results = session::check(request);
  for (const auto& notice : notices) std::cerr << "plimsoll: notice: " << util::printable(notice) << "\n";
  return results;
}

}  // namespace plimsoll::app
