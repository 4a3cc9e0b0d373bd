// IM012 image-size-budget: every node pulls the whole image; past the budget, deploys and
// autoscaling slow down and the attack surface usually grew with it.
#include "rules/image/image_context.h"
#include "rules/kit/image_shape.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr kit::IntOption kBudgetMb{"budget-mb", "200", "Largest acceptable image, in MB (10^6 bytes) of layer content"};
constexpr OptionSpec kOptions[] = {kBudgetMb};

constexpr RuleInfo kInfo{"IM012", "image-size-budget", core::Severity::kInfo, "image",
                         "Total size over the budget (default 200 MB).", "im012_image_size_budget", kOptions};

class ImageSizeBudget final : public kit::ImageRule<kInfo> {
  void check(ImageContext& ctx) const override {
    int64_t budget_mb = option<kBudgetMb>(ctx.settings());
    uint64_t total = 0;
    uint64_t stored = 0;
    for (const auto& layer : ctx.image().layers) {
      total += layer.content_bytes;
      stored += layer.stored_bytes;
    }
    auto budget = static_cast<uint64_t>(std::max<int64_t>(0, budget_mb)) * 1000000u;
    if (total <= budget) return;
    ctx.report_config(kInfo, util::format("the layers hold {} of files ({} stored), over the {} MB budget",
                                          human_bytes(total), human_bytes(stored), budget_mb));
  }
};

}  // namespace

PLIMSOLL_RULE(im012_image_size_budget, ImageSizeBudget)

}  // namespace plimsoll::rules
