// A parsed YAML tree as compact bytes, and back. Data that ships inside the binary is parsed at
// build time and stored this way, so a run rebuilds the tree without running the YAML parser
// (parsing the embedded knowledge was most of a one-file check's time).
#pragma once

#include <string>
#include <string_view>

#include "util/result.h"
#include "util/yaml.h"

namespace plimsoll::util {

std::string encode_yaml_tree(const YamlNode& root);

// Fails, without reading past the end, on bytes that encode_yaml_tree did not write.
Result<YamlNode> decode_yaml_tree(std::string_view bytes);

}  // namespace plimsoll::util
