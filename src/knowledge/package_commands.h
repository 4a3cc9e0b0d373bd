// Recognises commands that install dependencies or compile (data/knowledge/package_commands.yaml)
// from a program basename and its arguments, as the sh parser reports them. Thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plimsoll::knowledge {

struct PackageCommand {
  std::string program;     // the table's program entry that matched, e.g. "apt-get"
  std::string subcommand;  // the matched subcommand ("install", "pip install", "" for bare)
  std::string ecosystem;   // "os", "python", "node", "rust", "go", "native", ...
  std::string action;      // "install" or "build"
  bool is_os() const { return ecosystem == "os"; }
};

// `args` are the words after the program, quotes already removed.
std::optional<PackageCommand> classify_command(std::string_view program,
                                               const std::vector<std::string_view>& args);

}  // namespace plimsoll::knowledge
