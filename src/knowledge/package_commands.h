// Recognises commands that install dependencies or compile (data/knowledge/package_commands.yaml)
// from a program basename and its arguments, as the sh parser reports them. Thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plimsoll::knowledge {

// How one installer's command line reads (a row of the table).
struct CommandGrammar {
  std::string program_glob;
  std::optional<std::vector<std::string>> subcommands;  // each a space-separated word sequence
  std::vector<std::string> value_options;  // options that consume the next word or take `=value`
  std::vector<std::string> file_options;   // value options whose value is a requirements file
  std::vector<std::string> flag_options;   // long options without a value (with `abbreviations`)
  bool abbreviations = false;              // unambiguous long-option prefixes count (optparse)
  std::string module;                      // `python -m MODULE`
  bool package_operands = true;            // words after the subcommand are packages
  std::string pins;                        // deb, apk, rpm, python, node, go, cargo, composer, none
  std::string ecosystem;
  std::string action;

  bool takes_value(std::string_view option) const;
  // The long option `option` stands for: itself, or with `abbreviations` the one known option it
  // is a prefix of (`--no-cache` → `--no-cache-dir`); unchanged when it fits none or several.
  std::string canonical_option(std::string_view option) const;
  bool names_file(std::string_view option) const;
};

struct PackageCommand {
  std::string program;     // the table's program entry that matched, e.g. "apt-get"
  std::string subcommand;  // the matched subcommand ("install", "pip install", "" for bare)
  std::string ecosystem;   // "os", "python", "node", "rust", "go", "native", ...
  std::string action;      // "install" or "build"
  const CommandGrammar* grammar = nullptr;  // the row that matched; lives as long as the program
  bool is_os() const { return ecosystem == "os"; }
};

// `args` are the words after the program, quotes already removed.
std::optional<PackageCommand> classify_command(std::string_view program,
                                               const std::vector<std::string_view>& args);

}  // namespace plimsoll::knowledge
