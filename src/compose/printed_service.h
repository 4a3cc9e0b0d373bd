// One service of compose/printed_model.h, and the helpers the whole model shares.
#pragma once

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "compose/printed_model.h"
#include "util/yaml.h"

namespace plimsoll::compose::printed {

// Adds `key` at the end of `object` without looking for it first: an ordered_json object finds
// keys by a scan, so filling one key by key with `object[key]` is quadratic. For keys known to
// be new (taken from a map, or checked beforehand).
void append(nlohmann::ordered_json& object, std::string key, nlohmann::ordered_json value);

// A JSON value with its object keys in byte order, as Go marshals a map.
nlohmann::ordered_json sorted(const nlohmann::json& value);

// `fields` with the keys of `order` first, in that order, then the rest in byte order: compose
// prints a struct's fields in declaration order and its extensions (`x-…`) after them.
nlohmann::ordered_json in_order(const nlohmann::ordered_json& fields, std::initializer_list<std::string_view> order);

// A host path as compose resolves it: `~` is the home directory, a relative path joins `base`.
std::string resolved_path(std::string_view path, const std::string& base, const std::string& home);

// Port entries a whole model may expand its ranges into: `1-65535:1-65535` is one short line,
// and a few of them would otherwise print millions of entries.
inline constexpr std::size_t kMaxPortEntries = 65'536;
// Env-file text a whole model may fold in: each service reads its env files again (their
// references may see its own environment), so many services naming one large file would
// otherwise parse it once each.
inline constexpr std::size_t kMaxEnvFileBytes = std::size_t{64} << 20;

// What the services of one model have used so far of the bounds above.
struct Spent {
  std::size_t port_entries = 0;
  std::size_t env_file_bytes = 0;
};

nlohmann::ordered_json service(const std::string& name, const util::YamlNode& node, const nlohmann::json& typed,
                               const PrintContext& context, Spent& spent, std::vector<std::string>& errors);

}  // namespace plimsoll::compose::printed
