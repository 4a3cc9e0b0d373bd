// YAML files of data/ compiled into the binary (cmake/EmbedData.cmake, plimsoll_embed_yaml),
// looked up by their path relative to the source root, e.g. "data/knowledge/secret_names.yaml".
#pragma once

#include <optional>
#include <string_view>

#include "util/yaml.h"

namespace plimsoll::knowledge {

// The file's tree in the stored form of util/yaml_tree_codec.h, or an empty view when no such
// file was embedded.
std::string_view embedded_tree(std::string_view path);

// The file's tree, or nothing when no such file was embedded.
std::optional<util::YamlNode> embedded_yaml(std::string_view path);

}  // namespace plimsoll::knowledge
