#include "rules/dockerfile/packages.h"

#include <string>

#include "rules/dockerfile/apt_commands.h"

namespace plimsoll::rules {

std::vector<const dockerfile::InstallerOperand*> os_packages(const dockerfile::InstallerCommand* install) {
  std::vector<const dockerfile::InstallerOperand*> out;
  if (install == nullptr || !install->kind.is_os() || install->kind.action != "install") return out;
  for (const auto& operand : install->operands) {
    if (operand.kind == dockerfile::OperandKind::kPackage) out.push_back(&operand);
  }
  return out;
}

bool removed_later(const std::vector<sh::Command>& commands, std::size_t index,
                   const dockerfile::InstallerCommand& install, std::string_view name) {
  // `apk add --virtual .build-deps …` (or `-t`) is undone by `apk del .build-deps`.
  std::string group;
  if (install.kind.program == "apk") {
    group = install.value_of("--virtual").value_or(install.value_of("-t").value_or(""));
  }
  // The official images' idiom: `apt-mark auto '.*'` then `apt-get purge --auto-remove` (or
  // `autoremove`) drops every package not re-marked manual, build dependencies included.
  bool marked_auto = false;
  for (std::size_t i = index + 1; i < commands.size(); ++i) {
    const sh::Command& c = commands[i];
    std::string_view program = c.program();
    std::string_view sub = package_subcommand(c);
    if (program == "apt-mark" && c.words.size() > 1 && c.words[1].value == "auto") marked_auto = true;
    bool auto_removes = is_apt(c) && (sub == "autoremove" || (sub == "purge" && c.has_flag("--auto-remove")) ||
                                      (sub == "remove" && c.has_flag("--auto-remove")));
    if (marked_auto && auto_removes && is_apt(commands[index])) return true;
    bool removes = (is_apt(c) && (sub == "purge" || sub == "remove" || sub == "autoremove")) ||
                   (program == "apk" && sub == "del") ||
                   ((program == "dnf" || program == "yum" || program == "microdnf") && (sub == "remove" || sub == "erase")) ||
                   (program == "zypper" && (sub == "remove" || sub == "rm"));
    if (!removes) continue;
    for (auto arg : c.arguments()) {
      if (arg == name || (!group.empty() && arg == group)) return true;
    }
  }
  return false;
}

}  // namespace plimsoll::rules
