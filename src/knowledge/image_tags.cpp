#include "knowledge/image_tags.h"

#include <algorithm>
#include <string>
#include <vector>

#include "knowledge/load.h"

namespace plimsoll::knowledge {
namespace {

struct ImageTags {
  std::vector<std::string> os_images;
  std::vector<std::string> variant_images;
  std::vector<std::string> codenames;
  std::vector<std::string> moving_tags;
  std::vector<std::string> moving_words;
};

const ImageTags& tags() {
  static const ImageTags instance = [] {
    util::YamlNode doc = load_embedded_yaml("data/knowledge/image_tags.yaml");
    return ImageTags{scalar_list(doc.find("os_images")), scalar_list(doc.find("variant_images")),
                     scalar_list(doc.find("codenames")), scalar_list(doc.find("moving_tags")),
                     scalar_list(doc.find("moving_words"))};
  }();
  return instance;
}

bool contains(const std::vector<std::string>& list, std::string_view s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

}  // namespace

bool is_os_image(std::string_view name) { return contains(tags().os_images, name); }
bool is_variant_image(std::string_view name) { return contains(tags().variant_images, name); }

bool is_moving_tag(std::string_view tag) {
  if (contains(tags().moving_tags, tag)) return true;
  while (!tag.empty()) {
    std::size_t dash = tag.find('-');
    if (contains(tags().moving_words, tag.substr(0, dash))) return true;
    if (dash == std::string_view::npos) break;
    tag.remove_prefix(dash + 1);
  }
  return false;
}

bool tag_names_os_release(std::string_view tag) {
  const auto& names = tags().codenames;
  return std::any_of(names.begin(), names.end(), [&](const std::string& n) { return tag.find(n) != std::string_view::npos; });
}

}  // namespace plimsoll::knowledge
