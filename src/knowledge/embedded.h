// Files of data/ compiled into the binary (cmake/EmbedData.cmake), looked up by their path
// relative to the source root, e.g. "data/knowledge/secret_names.yaml".
#pragma once

#include <string_view>

namespace plimsoll::knowledge {

// The file's bytes, or an empty view when no such file was embedded.
std::string_view embedded_file(std::string_view path);

}  // namespace plimsoll::knowledge
