// DF005 base-image-no-digest: a tag can be moved to other content; only a digest names bytes.
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF005", "base-image-no-digest", core::Severity::kInfo, "dockerfile",
                         "`FROM image:tag` without `@sha256:` digest.", "df005_base_image_no_digest"};

class BaseImageNoDigest final : public kit::DockerfileRule<kInfo> {
  void check(FileContext& ctx) const override {
    for (const auto& stage : ctx.model().stages) {
      if (stage.base_kind != dockerfile::BaseKind::kImage || !stage.base_resolved || !stage.image.valid) continue;
      if (!stage.image.digest.empty() || stage.image.tag.empty() || stage.from->args.empty()) continue;
      ctx.report(kInfo, stage.from->args[0].span,
                 util::format("`{}` is pinned by tag only; a tag can be re-pushed, so add the digest "
                              "(`{}@sha256:…`, from `docker buildx imagetools inspect {}`)",
                              stage.base, stage.base, stage.base));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df005_base_image_no_digest, BaseImageNoDigest)

}  // namespace plimsoll::rules
