// DF003 final-base-not-minimal: the image that ships should start from a slim, alpine,
// distroless, chiseled or scratch base; full distributions carry compilers, shells and docs.
#include <fnmatch.h>

#include <algorithm>

#include "knowledge/image_policy.h"
#include "rules/dockerfile/platform.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr kit::ListOption kAllowedBases{"allowed-bases", "",
    "More base images accepted as minimal: globs over the image as written or normalised, e.g. "
    "`registry.example.com/base/*`."};
constexpr OptionSpec kOptions[] = {kAllowedBases};
constexpr RuleInfo kInfo{"DF003", "final-base-not-minimal", core::Severity::kWarning, "dockerfile",
                         "The final stage must start from a slim, alpine, distroless, chiseled or scratch image.",
                         "df003_final_base_not_minimal", kOptions};

bool allowed(const std::vector<std::string>& globs, const dockerfile::Stage& stage, const dockerfile::ImageRef& image) {
  for (const auto& glob : globs) {
    for (const std::string& candidate : {stage.base, image.full_repository(), image.full_repository() + ":" + image.tag}) {
      if (::fnmatch(glob.c_str(), candidate.c_str(), 0) == 0) return true;
    }
  }
  return false;
}

class FinalBaseNotMinimal final : public kit::DockerfileRule<kInfo> {
  void check(FileContext& ctx) const override {
    std::vector<std::string> globs = option<kAllowedBases>(ctx.settings());
    std::vector<const dockerfile::Stage*> reported;  // targets sharing a root report it once
    for (int target : ctx.shipped_targets()) {
      const dockerfile::Stage& stage = ctx.model().stages[static_cast<std::size_t>(target)];
      const dockerfile::ImageRef* image = stage.root_image;
      if (image == nullptr || !stage.base_resolved) continue;  // scratch, or a base we cannot read
      if (knowledge::is_minimal_base(image->full_repository(), image->tag) || allowed(globs, stage, *image)) continue;
      // Report at the FROM that names the external image (the root of the chain).
      const dockerfile::Stage* root = &stage;
      while (root->parent >= 0) root = &ctx.model().stages[static_cast<std::size_t>(root->parent)];
      if (std::find(reported.begin(), reported.end(), root) != reported.end()) continue;
      reported.push_back(root);
      core::Span at = root->from->args.empty() ? root->from->keyword_span : root->from->args[0].span;
      // Only a base the data knows to be a whole distribution is called one; a private or
      // unfamiliar base may well be small, and the message must not claim otherwise.
      if (!knowledge::is_full_distribution(image->full_repository(), image->tag)) {
        ctx.report(kInfo, at,
                   util::format("the shipped image starts from `{}`, which is not on the minimal-base list; if it is "
                                "minimal, add it to `allowed-bases`, else use a slim, alpine, distroless or chiseled "
                                "variant",
                                root->base));
        continue;
      }
      bool windows = is_windows_stage(ctx.model(), stage);
      ctx.report(kInfo, at,
                 util::format("the shipped image starts from `{}`, a full distribution; use {} (or add it to "
                              "`allowed-bases`)",
                              root->base,
                              windows ? "a Nano Server base (`mcr.microsoft.com/windows/nanoserver`)"
                                      : "a slim, alpine, distroless or chiseled variant"));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df003_final_base_not_minimal, FinalBaseNotMinimal)

}  // namespace plimsoll::rules
