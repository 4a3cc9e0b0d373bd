// IM011 image-wasted-space: a layer's bytes are pulled and stored even when a later layer
// shadows or deletes them, and package caches or __pycache__ only make the image bigger.
#include <map>

#include "image/summary.h"
#include "knowledge/image_contents.h"
#include "rules/image/image_context.h"
#include "rules/kit/image_shape.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr kit::IntOption kMinBytes{"min-bytes", "1048576", "Report a layer's waste only from this many bytes on"};
constexpr OptionSpec kOptions[] = {kMinBytes};

constexpr RuleInfo kInfo{"IM011", "image-wasted-space", core::Severity::kWarning, "image",
                         "Bytes shadowed or deleted by later layers, package-manager caches, `__pycache__`.",
                         "im011_image_wasted_space", kOptions};

struct CacheBytes {
  uint64_t bytes = 0;
  uint64_t files = 0;
  std::string example;
};

class ImageWastedSpace final : public kit::ImageRule<kInfo> {
  void check(ImageContext& ctx) const override {
    auto min_bytes = static_cast<uint64_t>(std::max<int64_t>(0, option<kMinBytes>(ctx.settings())));
    auto layers = image::summarize_layers(ctx.image());
    for (std::size_t i = 0; i < layers.size(); ++i) {
      const auto& s = layers[i];
      if (s.wasted_bytes == 0 || s.wasted_bytes < min_bytes) continue;
      ctx.report_layer(kInfo, static_cast<uint32_t>(i),
                       util::format("{} wrote {} that later layers shadow or delete (largest: /{}, {})",
                                    ctx.describe_layer(static_cast<uint32_t>(i)), human_bytes(s.wasted_bytes),
                                    s.largest_wasted, human_bytes(s.largest_wasted_bytes)));
    }
    std::map<uint32_t, CacheBytes> caches;
    for (const auto& [path, history] : ctx.image().files.paths()) {
      const image::FileVersion* v = history.current();
      if (v == nullptr || v->type != image::EntryType::kFile || !knowledge::is_package_cache(path)) continue;
      CacheBytes& c = caches[v->layer];
      c.bytes += v->size;
      ++c.files;
      if (c.example.empty()) c.example = path;
    }
    for (const auto& [layer, c] : caches) {
      if (c.bytes < min_bytes || c.bytes == 0) continue;
      ctx.report_layer(kInfo, layer,
                       util::format("{} leaves {} in {} package-cache or __pycache__ files (e.g. /{})",
                                    ctx.describe_layer(layer), human_bytes(c.bytes), c.files, c.example));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(im011_image_wasted_space, ImageWastedSpace)

}  // namespace plimsoll::rules
