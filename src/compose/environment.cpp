// `environment:` as compose reads it: a map, or a list of `KEY=value` where everything after
// the first `=` is the value (`:` does not separate here, unlike `extra_hosts`); and `env_file:`.
#include "compose/service.h"
#include "util/text.h"

namespace plimsoll::compose {

std::vector<EnvironmentVariable> parse_environment(const util::YamlNode* environment) {
  std::vector<EnvironmentVariable> out;
  if (environment == nullptr) return out;
  if (environment->is_map()) {
    for (const auto& entry : environment->entries) {
      if (!entry.key.is_scalar()) continue;
      EnvironmentVariable v{entry.key.scalar, std::nullopt, &entry.key, &entry.value};
      if (entry.value.is_scalar()) v.value = entry.value.scalar;
      out.push_back(std::move(v));
    }
  } else if (environment->is_sequence()) {
    for (const auto& item : environment->items) {
      if (!item.is_scalar()) continue;
      std::size_t eq = item.scalar.find('=');
      EnvironmentVariable v{item.scalar.substr(0, eq), std::nullopt, &item, &item};
      if (eq != std::string::npos) v.value = item.scalar.substr(eq + 1);
      out.push_back(std::move(v));
    }
  }
  return out;
}

std::vector<EnvFile> parse_env_files(const util::YamlNode* env_file) {
  std::vector<EnvFile> out;
  if (env_file == nullptr) return out;
  std::vector<const util::YamlNode*> items;
  if (env_file->is_scalar()) items.push_back(env_file);
  for (const auto& item : env_file->items) items.push_back(&item);
  for (const util::YamlNode* item : items) {
    EnvFile f;
    const util::YamlNode* path = item;
    if (item->is_map()) {
      path = item->find("path");
      const util::YamlNode* required = item->find("required");
      f.required = required == nullptr || !required->is_scalar() || !util::iequals_ascii(required->scalar, "false");
    }
    if (path == nullptr || !path->is_scalar()) continue;
    f.node = path;
    f.path = path->scalar;
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace plimsoll::compose
