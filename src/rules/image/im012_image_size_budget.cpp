// IM012 image-size-budget: every node pulls the whole image; past the budget, deploys and
// autoscaling slow down and the attack surface usually grew with it.
#include "rules/image/image_context.h"
#include "rules/image/image_rules.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr OptionSpec kOptions[] = {
    {"budget-mb", OptionKind::kInteger, "200", "Largest acceptable image, in MB (10^6 bytes) of layer content"},
};

constexpr RuleInfo kInfo{"IM012", "image-size-budget", core::Severity::kInfo, "image",
                         "Total size over the budget (default 200 MB).", "im012_image_size_budget", kOptions};

class ImageSizeBudget final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }
  Interest interest() const override { return Interest::at_image(); }
  void on_image(ImageContext& ctx) const override {
    int64_t budget_mb = ctx.settings().int_option(kInfo, "budget-mb");
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

const Rule& im012_image_size_budget() {
  static const ImageSizeBudget rule;
  return rule;
}

}  // namespace plimsoll::rules
