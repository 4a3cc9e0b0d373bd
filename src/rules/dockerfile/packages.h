// The packages that OS package installs name, read with the installer grammar, and whether a
// later command of the same RUN removes them again: shared by the rules about what gets installed.
#pragma once

#include <string_view>
#include <vector>

#include "dockerfile/installer.h"
#include "sh/script.h"

namespace plimsoll::rules {

// The package operands of `apt-get install`, `apk add`, `dnf/yum/microdnf install`, `zypper
// install` (not local files, archives, URLs or variables); empty for any other command or null.
std::vector<const dockerfile::InstallerOperand*> os_packages(const dockerfile::InstallerCommand* install);

// True when a command after `index` in `commands` removes `name` (apt purge/remove/autoremove
// of it, `apk del` of it or of the `--virtual` group it was installed in, dnf/yum remove);
// `install` is commands[index] as the grammar reads it.
bool removed_later(const std::vector<sh::Command>& commands, std::size_t index,
                   const dockerfile::InstallerCommand& install, std::string_view name);

}  // namespace plimsoll::rules
