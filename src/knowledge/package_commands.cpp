#include "knowledge/package_commands.h"

#include <algorithm>
#include <fnmatch.h>

#include "knowledge/load.h"

namespace plimsoll::knowledge {
namespace {

const std::vector<CommandGrammar>& entries() {
  static const std::vector<CommandGrammar> instance = [] {
    util::YamlNode doc = load_embedded_yaml("data/knowledge/package_commands.yaml");
    std::vector<CommandGrammar> out;
    if (const util::YamlNode* list = doc.find("commands"); list && list->is_sequence()) {
      for (const auto& item : list->items) {
        CommandGrammar entry;
        entry.program_glob = scalar_or(item.find("program"), "");
        if (item.find("subcommands") != nullptr) entry.subcommands = scalar_list(item.find("subcommands"));
        entry.value_options = scalar_list(item.find("value_options"));
        entry.file_options = scalar_list(item.find("file_options"));
        entry.flag_options = scalar_list(item.find("flag_options"));
        entry.abbreviations = scalar_or(item.find("abbreviations"), "false") == "true";
        entry.module = scalar_or(item.find("module"), "");
        entry.package_operands = scalar_or(item.find("operands"), "packages") == "packages";
        entry.pins = scalar_or(item.find("pins"), "none");
        entry.ecosystem = scalar_or(item.find("ecosystem"), "");
        entry.action = scalar_or(item.find("action"), "");
        out.push_back(std::move(entry));
      }
    }
    return out;
  }();
  return instance;
}

// The non-option words of `args`, skipping the values of options that take one.
std::vector<std::string_view> positional_words(const std::vector<std::string_view>& args, const CommandGrammar& grammar) {
  std::vector<std::string_view> out;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string_view word = args[i];
    if (word.size() > 1 && word[0] == '-') {
      bool takes_value = word.find('=') == std::string_view::npos && grammar.takes_value(grammar.canonical_option(word));
      if (takes_value) ++i;
      continue;
    }
    out.push_back(word);
  }
  return out;
}

bool sequence_matches(std::string_view subcommand, const std::vector<std::string_view>& words) {
  if (subcommand.empty()) return words.empty();
  std::size_t index = 0;
  while (!subcommand.empty()) {
    std::size_t space = subcommand.find(' ');
    std::string_view part = subcommand.substr(0, space);
    if (index >= words.size() || words[index] != part) return false;
    ++index;
    subcommand = space == std::string_view::npos ? std::string_view{} : subcommand.substr(space + 1);
  }
  return true;
}

}  // namespace

bool CommandGrammar::takes_value(std::string_view option) const {
  return std::find(value_options.begin(), value_options.end(), option) != value_options.end();
}

std::string CommandGrammar::canonical_option(std::string_view option) const {
  if (!abbreviations || !option.starts_with("--") || option.size() < 3) return std::string(option);
  auto known = [&](const std::vector<std::string>& list) {
    return std::find(list.begin(), list.end(), option) != list.end();
  };
  // An exact name wins over the longer ones it begins (`--pre` is not `--prefix`).
  if (known(value_options) || known(flag_options)) return std::string(option);
  const std::string* unique = nullptr;
  for (const auto* list : {&value_options, &flag_options}) {
    for (const auto& candidate : *list) {
      if (!candidate.starts_with("--") || !candidate.starts_with(option)) continue;
      if (unique != nullptr && *unique != candidate) return std::string(option);  // ambiguous
      unique = &candidate;
    }
  }
  return unique != nullptr ? *unique : std::string(option);
}

bool CommandGrammar::names_file(std::string_view option) const {
  return std::find(file_options.begin(), file_options.end(), option) != file_options.end();
}

std::optional<PackageCommand> classify_command(std::string_view program,
                                               const std::vector<std::string_view>& args) {
  std::string program_text(program);
  for (const auto& entry : entries()) {
    if (::fnmatch(entry.program_glob.c_str(), program_text.c_str(), 0) != 0) continue;
    std::vector<std::string_view> rest = args;
    if (!entry.module.empty()) {
      // `python -m pip ...`: the module selector must lead.
      if (rest.size() < 2 || rest[0] != "-m" || rest[1] != entry.module) continue;
      rest.erase(rest.begin(), rest.begin() + 2);
    }
    if (!entry.subcommands) {
      return PackageCommand{entry.program_glob, "", entry.ecosystem, entry.action, &entry};
    }
    std::vector<std::string_view> words = positional_words(rest, entry);
    for (const auto& sub : *entry.subcommands) {
      if (sequence_matches(sub, words)) {
        return PackageCommand{entry.program_glob, sub, entry.ecosystem, entry.action, &entry};
      }
    }
  }
  return std::nullopt;
}

}  // namespace plimsoll::knowledge
