// The package words of OS package commands, with their spans and pins, and whether a later
// command of the same RUN removes them again: shared by the rules about what gets installed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "sh/script.h"

namespace plimsoll::rules {

struct PackageWord {
  const sh::Word* word = nullptr;
  std::string name;     // without the pin
  std::string version;  // `=1.2`, `~8`, `-1.2.3` (dnf) as written after the name; may be empty
};

// Package arguments of `apt-get install`, `apk add`, `dnf/yum/microdnf install`, `zypper install`.
std::vector<PackageWord> os_package_words(const sh::Command& command);

// True when a command after `index` in `commands` removes `name` (apt purge/remove/autoremove
// of it, `apk del` of it or of the `--virtual` group it was installed in, dnf/yum remove).
bool removed_later(const std::vector<sh::Command>& commands, std::size_t index, std::string_view name);

}  // namespace plimsoll::rules
