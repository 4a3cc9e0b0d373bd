// Recognising apt and apk commands in a RUN, shared by the OS-package hygiene rules.
#pragma once

#include <string_view>

#include "sh/script.h"

namespace plimsoll::rules {

bool is_apt(const sh::Command& command);  // apt-get, apt, aptitude
// The first non-option argument: "install", "update", "add", ...
std::string_view package_subcommand(const sh::Command& command);

}  // namespace plimsoll::rules
