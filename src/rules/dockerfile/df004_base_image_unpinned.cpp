// DF004 base-image-unpinned: FROM without a tag, or with `latest`, floats with every build.
#include "project/built_images.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF004", "base-image-unpinned", core::Severity::kError, "dockerfile",
                         "FROM without a tag, or with latest, is forbidden.", "df004_base_image_unpinned"};

class BaseImageUnpinned final : public kit::StageRule<kInfo> {
  void check(const dockerfile::Stage& stage, FileContext& ctx) const override {
    // Stage references, scratch, and bases whose variables have no default cannot be judged.
    if (stage.base_kind != dockerfile::BaseKind::kImage || !stage.base_resolved || !stage.image.valid) return;
    if (!stage.image.digest.empty() || stage.from->args.empty()) return;
    // An image the project builds itself (a compose service, a bake target, a `docker build -t`
    // of a script or a workflow) is its own image, not a registry's moving one.
    if (ctx.project() != nullptr && project::builds_image(*ctx.project(), stage.image)) return;
    core::Span span = stage.from->args[0].span;
    std::string shown = stage.base == stage.base_written ? stage.base
                                                         : util::format("{} (from {})", stage.base, stage.base_written);
    if (stage.image.tag.empty()) {
      ctx.report(kInfo, span, util::format("base image `{}` has no tag, so every build may get a different image; "
                                           "pin a version such as `{}:<version>`", shown, stage.base));
    } else if (stage.image.tag == "latest") {
      ctx.report(kInfo, span, util::format("base image `{}` uses the moving `latest` tag; pin a version", shown));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df004_base_image_unpinned, BaseImageUnpinned)

}  // namespace plimsoll::rules
