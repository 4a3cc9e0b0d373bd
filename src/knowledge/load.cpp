#include "knowledge/load.h"

#include <cstdio>
#include <cstdlib>

#include "knowledge/embedded.h"

namespace plimsoll::knowledge {

util::YamlNode load_embedded_yaml(std::string_view path) {
  std::string_view text = embedded_file(path);
  auto doc = util::parse_yaml(text);
  if (text.empty() || !doc.has_value()) {
    std::fprintf(stderr, "internal error: embedded %.*s: %s\n", static_cast<int>(path.size()),
                 path.data(), text.empty() ? "missing" : doc.error().message.c_str());
    std::abort();
  }
  return std::move(doc).value();
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
