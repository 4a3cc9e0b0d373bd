#include "rules/interactive_tool.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "util/path.h"
#include "util/text.h"

namespace plimsoll::rules {
namespace {

// Programs that, started with no script or command, wait for a person at a prompt.
constexpr std::array<std::string_view, 19> kPrompts{
    "sh",      "bash",    "ash",     "dash",   "zsh",        "ksh",    "fish",
    "pwsh",    "pwsh-preview", "powershell", "powershell.exe", "cmd", "cmd.exe",
    "python",  "python3", "node",    "irb",    "ipython",    "jshell"};

// Options that make the shell run a command or a file rather than wait at its prompt.
bool runs_something(std::string_view word) {
  std::string lower = util::to_lower_ascii(word);
  return !word.starts_with("-") || lower == "-c" || lower == "-command" || lower == "-file" || lower == "/c" ||
         lower == "-m" || lower == "-e";
}

}  // namespace

bool starts_a_prompt(const std::vector<std::string>& argv) {
  if (argv.empty()) return false;
  std::string program = util::to_lower_ascii(util::basename(argv[0]));
  if (std::find(kPrompts.begin(), kPrompts.end(), program) == kPrompts.end()) return false;
  return std::none_of(argv.begin() + 1, argv.end(), [](const std::string& w) { return runs_something(w); });
}

}  // namespace plimsoll::rules
