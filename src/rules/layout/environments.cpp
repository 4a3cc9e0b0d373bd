#include "rules/layout/environments.h"

#include "project/stacks.h"

namespace plimsoll::rules {

std::set<std::string> project_environments(const project::Project& project) {
  std::set<std::string> out;
  auto add = [&](const std::string& path) {
    std::string name = project::environment_name(path);
    if (!name.empty() && name != "override" && name != "example") out.insert(name);
  };
  for (const auto& f : project.compose_files) add(f);
  for (const auto& e : project.env_files) {
    if (e.checked) add(e.path);
  }
  return out;
}

}  // namespace plimsoll::rules
