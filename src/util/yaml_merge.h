// YAML merge keys (`<<: *anchor`, `<<: [*a, *b]`), which compose files use and yaml-cpp does
// not apply: keys written in the mapping win, then the merged maps in the order listed.
#pragma once

#include <string>

#include "util/yaml.h"

namespace plimsoll::util {

// Applies every merge key in `node`, recursively. Returns an error message ("line L, column C:
// …") when a merge value is not a mapping or a list of mappings; the node is then unchanged
// from that point.
std::string apply_merge_keys(YamlNode& node);

}  // namespace plimsoll::util
