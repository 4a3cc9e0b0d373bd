// Loads one embedded YAML knowledge file, parsed at build time. The data ships with the binary
// and is tested, so a failure here is a build defect: it aborts with the file name.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "util/yaml.h"

namespace plimsoll::knowledge {

util::YamlNode load_embedded_yaml(std::string_view path);

// The scalars of a sequence node (or of a single scalar); empty for anything else.
std::vector<std::string> scalar_list(const util::YamlNode* node);
std::string scalar_or(const util::YamlNode* node, std::string_view fallback);

}  // namespace plimsoll::knowledge
