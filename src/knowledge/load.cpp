#include "knowledge/load.h"

#include <cstdio>
#include <cstdlib>

#include "knowledge/embedded.h"
#include "util/yaml_tree_codec.h"

namespace plimsoll::knowledge {

std::optional<util::YamlNode> embedded_yaml(std::string_view path) {
  std::string_view bytes = embedded_tree(path);
  if (bytes.empty()) return std::nullopt;
  auto tree = util::decode_yaml_tree(bytes);
  if (!tree) {
    // The bytes were written by the build from a file that parsed, so this is a build defect.
    std::fprintf(stderr, "internal error: embedded %.*s: %s\n", static_cast<int>(path.size()),
                 path.data(), tree.error().message.c_str());
    std::abort();
  }
  return std::move(tree).value();
}

util::YamlNode load_embedded_yaml(std::string_view path) {
  auto tree = embedded_yaml(path);
  if (!tree) {
    std::fprintf(stderr, "internal error: %.*s is not embedded\n", static_cast<int>(path.size()),
                 path.data());
    std::abort();
  }
  return std::move(*tree);
}

std::vector<std::string> scalar_list(const util::YamlNode* node) {
  std::vector<std::string> out;
  if (node == nullptr) return out;
  if (node->is_scalar()) {
    out.push_back(node->scalar);
  } else if (node->is_sequence()) {
    for (const auto& item : node->items) {
      if (item.is_scalar()) out.push_back(item.scalar);
    }
  }
  return out;
}

std::string scalar_or(const util::YamlNode* node, std::string_view fallback) {
  return node != nullptr && node->is_scalar() ? node->scalar : std::string(fallback);
}

}  // namespace plimsoll::knowledge
