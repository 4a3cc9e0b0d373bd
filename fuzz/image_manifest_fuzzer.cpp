// Fuzzes the image JSON readers (index/manifest, config, docker-archive manifest.json,
// package.json): any input gives a value or an error, never a crash or an exception.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "image/json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto manifest = plimsoll::image::parse_manifest(text);
  if (manifest && manifest->is_index != !manifest->manifests.empty() && manifest->layers.size() > 0) return 0;
  auto config = plimsoll::image::parse_config(text);
  if (config) {
    plimsoll::image::Image image;
    image.config = *config;
  }
  (void)plimsoll::image::parse_archive_manifest(text);
  (void)plimsoll::image::package_json_identity(text);
  return 0;
}
