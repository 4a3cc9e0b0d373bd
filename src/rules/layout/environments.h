// The environments a project's compose and env files are written for ("dev", "test", "prod"),
// which is what the layout rules key on: with one environment there is nothing to organise.
#pragma once

#include <set>
#include <string>

#include "project/project.h"

namespace plimsoll::rules {

std::set<std::string> project_environments(const project::Project& project);

}  // namespace plimsoll::rules
