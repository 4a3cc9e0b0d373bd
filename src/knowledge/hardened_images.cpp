#include "knowledge/hardened_images.h"

#include <algorithm>

#include "knowledge/load.h"
#include "util/text.h"

namespace plimsoll::knowledge {

const std::vector<HardenedImage>& hardened_images() {
  static const std::vector<HardenedImage> table = [] {
    std::vector<HardenedImage> out;
    util::YamlNode doc = load_embedded_yaml("data/knowledge/hardened_images.yaml");
    if (const util::YamlNode* images = doc.find("images"); images != nullptr) {
      for (const auto& item : images->items) {
        HardenedImage image;
        image.names = scalar_list(item.find("names"));
        image.cap_add = scalar_list(item.find("cap_add"));
        image.read_only = scalar_or(item.find("read_only"), "false") == "true";
        image.tmpfs = scalar_list(item.find("tmpfs"));
        image.volumes = scalar_list(item.find("volumes"));
        image.no_new_privileges = scalar_or(item.find("no_new_privileges"), "false") == "true";
        image.start_writes = scalar_list(item.find("start_writes"));
        out.push_back(std::move(image));
      }
    }
    return out;
  }();
  return table;
}

std::string image_repository(std::string_view reference) {
  std::string_view ref = util::trim_ascii_space(reference);
  if (std::size_t at = ref.find('@'); at != std::string_view::npos) ref = ref.substr(0, at);
  // A tag is after the last colon that follows the last slash (`localhost:5000/x` has a port).
  std::size_t slash = ref.rfind('/');
  std::size_t colon = ref.rfind(':');
  if (colon != std::string_view::npos && (slash == std::string_view::npos || colon > slash)) ref = ref.substr(0, colon);
  // A first component with a dot or a port, or `localhost`, is a registry, as the docker CLI reads it.
  if (std::size_t first = ref.find('/'); first != std::string_view::npos) {
    std::string_view head = ref.substr(0, first);
    if (head.find_first_of(".:") != std::string_view::npos || head == "localhost") ref.remove_prefix(first + 1);
  }
  if (ref.starts_with("library/")) ref.remove_prefix(8);
  return util::to_lower_ascii(ref);
}

const HardenedImage* hardened_image(std::string_view reference) {
  std::string repository = image_repository(reference);
  if (repository.empty()) return nullptr;
  for (const auto& image : hardened_images()) {
    if (std::find(image.names.begin(), image.names.end(), repository) != image.names.end()) return &image;
  }
  return nullptr;
}

}  // namespace plimsoll::knowledge
