// IM006 image-secret-file: every layer is shipped whole; a key deleted by a later layer is
// still in the earlier one, and `docker save` or any registry pull hands it out.
#include "knowledge/image_contents.h"
#include "knowledge/secret_files.h"
#include "rules/image/image_context.h"
#include "rules/kit/image_shape.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"IM006", "image-secret-file", core::Severity::kError, "image",
                         "Key/credential files in any layer, even if deleted by a later layer.",
                         "im006_image_secret_file"};

class ImageSecretFile final : public kit::ImageRule<kInfo> {
  void check(ImageContext& ctx) const override {
    for (const auto& [path, history] : ctx.image().files.paths()) {
      if (!knowledge::is_secret_file(path) || knowledge::is_public_certificate(path)) continue;
      const auto& versions = history.versions;
      for (std::size_t i = 0; i < versions.size(); ++i) {
        const auto& v = versions[i];
        if (v.deleted || v.type != image::EntryType::kFile) continue;
        std::string fate = "and is in the final file system";
        if (i + 1 < versions.size()) {
          fate = util::format("{} by layer {}, yet still shipped in layer {}",
                              versions[i + 1].deleted ? "deleted" : "replaced", versions[i + 1].layer, v.layer);
        }
        ctx.report_layer(kInfo, v.layer,
                         util::format("credential file /{} ({}) was added in {} {}", path, human_bytes(v.size),
                                      ctx.describe_layer(v.layer), fate));
      }
    }
  }
};

}  // namespace

PLIMSOLL_RULE(im006_image_secret_file, ImageSecretFile)

}  // namespace plimsoll::rules
