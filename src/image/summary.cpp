#include "image/summary.h"

namespace plimsoll::image {

std::vector<LayerSummary> summarize_layers(const Image& image) {
  std::vector<LayerSummary> out(image.layers.size());
  for (std::size_t i = 0; i < image.layers.size(); ++i) {
    const Layer& layer = image.layers[i];
    out[i].stored_bytes = layer.stored_bytes;
    out[i].content_bytes = layer.content_bytes;
    out[i].files = layer.files;
    if (layer.history >= 0) out[i].created_by = image.config.history[layer.history].created_by;
  }
  for (const auto& [path, history] : image.files.paths()) {
    const auto& versions = history.versions;
    for (std::size_t v = 0; v + 1 < versions.size(); ++v) {
      if (versions[v].deleted || versions[v].type != EntryType::kFile || versions[v].layer >= out.size()) continue;
      // A later version in the same layer replaces bytes that never reached a later layer.
      if (versions[v + 1].layer == versions[v].layer) continue;
      LayerSummary& s = out[versions[v].layer];
      s.wasted_bytes += versions[v].size;
      if (versions[v].size > s.largest_wasted_bytes) {
        s.largest_wasted_bytes = versions[v].size;
        s.largest_wasted = path;
      }
    }
  }
  return out;
}

}  // namespace plimsoll::image
