#include "rules/dockerfile/helpers.h"

#include "util/text.h"

namespace plimsoll::rules {

bool is_root_user(std::string_view user) {
  std::string_view name = user.substr(0, user.find(':'));
  return name == "root" || name == "0";
}

std::optional<knowledge::PackageCommand> classify(const sh::Command& command) {
  if (command.words.empty()) return std::nullopt;
  return knowledge::classify_command(command.program(), command.arguments());
}

const dockerfile::Flag* find_flag(const dockerfile::Instruction& in, std::string_view name) {
  for (const auto& flag : in.flags) {
    if (flag.name == name) return &flag;
  }
  return nullptr;
}

std::string json_quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

bool copies_whole_context(const dockerfile::Instruction& copy) {
  if (find_flag(copy, "from") != nullptr || copy.args.size() < 2) return false;
  for (std::size_t i = 0; i + 1 < copy.args.size(); ++i) {
    std::string_view source = copy.args[i].value;
    if (source == "." || source == "./" || source == "*" || source == "./*" || source == "/") return true;
  }
  return false;
}

}  // namespace plimsoll::rules
