// Per-layer figures for reports and the wasted-space rule: what each layer stores, how many
// files, how many of its bytes later layers shadow or delete, and the instruction that made it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "image/model.h"

namespace plimsoll::image {

struct LayerSummary {
  uint64_t stored_bytes = 0;   // as stored (compressed when the layer is)
  uint64_t content_bytes = 0;  // regular file bytes the layer writes
  uint64_t files = 0;
  uint64_t wasted_bytes = 0;   // of content_bytes, shadowed or deleted by a later layer
  std::string largest_wasted;  // path of the biggest such file
  uint64_t largest_wasted_bytes = 0;
  std::string created_by;      // the history entry's instruction, empty when unknown
};

std::vector<LayerSummary> summarize_layers(const Image& image);

}  // namespace plimsoll::image
