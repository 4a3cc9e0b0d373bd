#include "rules/dockerfile/apt_commands.h"

namespace plimsoll::rules {

bool is_apt(const sh::Command& command) {
  std::string_view p = command.program();
  return p == "apt-get" || p == "apt" || p == "aptitude";
}

std::string_view package_subcommand(const sh::Command& command) {
  for (std::size_t i = 1; i < command.words.size(); ++i) {
    std::string_view v = command.words[i].value;
    if (v.empty() || v[0] == '-') {
      // `-o X` and `-t X` take a value in apt; skip it.
      if ((v == "-o" || v == "-t" || v == "-c") && i + 1 < command.words.size()) ++i;
      continue;
    }
    return v;
  }
  return {};
}

}  // namespace plimsoll::rules
