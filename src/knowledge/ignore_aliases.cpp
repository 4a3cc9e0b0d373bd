#include "knowledge/ignore_aliases.h"

#include <algorithm>
#include <map>

#include "knowledge/load.h"

namespace plimsoll::knowledge {
namespace {

using AliasTable = std::map<std::string, std::vector<std::string>, std::less<>>;

struct Aliases {
  AliasTable hadolint;
  AliasTable buildkit;
};

AliasTable read_table(const util::YamlNode* node) {
  AliasTable table;
  if (node == nullptr || !node->is_map()) return table;
  for (const auto& entry : node->entries) table[entry.key.scalar] = scalar_list(&entry.value);
  return table;
}

const Aliases& aliases() {
  static const Aliases instance = [] {
    util::YamlNode doc = load_embedded_yaml("data/knowledge/ignore_aliases.yaml");
    return Aliases{read_table(doc.find("hadolint")), read_table(doc.find("buildkit"))};
  }();
  return instance;
}

std::vector<std::string> lookup(const AliasTable& table, std::string_view key) {
  auto it = table.find(key);
  return it == table.end() ? std::vector<std::string>{} : it->second;
}

}  // namespace

std::vector<std::string> hadolint_alias(std::string_view code) { return lookup(aliases().hadolint, code); }
std::vector<std::string> buildkit_alias(std::string_view check) { return lookup(aliases().buildkit, check); }

std::vector<std::string> all_buildkit_aliases() {
  std::vector<std::string> out;
  for (const auto& [name, ids] : aliases().buildkit) out.insert(out.end(), ids.begin(), ids.end());
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace plimsoll::knowledge
