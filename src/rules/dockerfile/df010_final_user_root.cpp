// DF010 final-user-root: the shipped image must run as a non-root user.
#include <string>
#include <vector>

#include "knowledge/base_images.h"
#include "rules/dockerfile/helpers.h"
#include "rules/dockerfile/platform.h"
#include "rules/dockerfile/runtime.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF010", "final-user-root", core::Severity::kError, "dockerfile",
                         "The final stage must end with USER set to a non-root user.", "df010_final_user_root"};

// The variables with no value that leave the base of `stage`'s FROM chain unknown (`FROM
// ${BASE_IMAGE}` with `ARG BASE_IMAGE` and no default); empty when the base is known.
std::vector<std::string> unset_base_args(const dockerfile::Model& model, const dockerfile::Stage& stage, char escape) {
  const dockerfile::Stage* root = &stage;
  for (std::size_t hops = 0; root->base_kind == dockerfile::BaseKind::kStage && root->parent >= 0 &&
                             hops < model.stages.size();
       ++hops) {
    root = &model.stages[static_cast<std::size_t>(root->parent)];
  }
  if (root->base_resolved) return {};
  return dockerfile::expand(root->base_written, model.global_env, escape).unset;
}

// Silence would read as "fine": say the check could not be made, and why, at info.
void report_unknown_base(FileContext& ctx, const dockerfile::Stage& stage) {
  std::vector<std::string> names = unset_base_args(ctx.model(), stage, ctx.file().escape);
  if (names.empty()) return;
  std::string listed;
  for (const auto& name : names) listed += (listed.empty() ? "" : ", ") + name;
  ctx.report(kInfo, stage.from->keyword_span,
             util::format("cannot verify the user: the base comes from ARG {} with no default, and the final stage "
                          "sets no USER; if that image runs as root, add `USER <name>` at the end",
                          listed),
             {}, core::Severity::kInfo);
}

class FinalUserRoot final : public kit::DockerfileRule<kInfo> {
  void check(FileContext& ctx) const override {
    // A development environment's image ships nothing (FileContext::shipped_targets).
    if (ctx.shipped_targets().empty()) return;
    const dockerfile::Stage* stage = ctx.model().final_stage();
    if (stage == nullptr) return;
    if (is_export_only(ctx.model(), *stage)) return;  // nothing runs, as nobody
    // On Windows the administrator is ContainerAdministrator and root means nothing.
    bool windows = is_windows_stage(ctx.model(), *stage);
    auto is_admin = [windows](std::string_view user) {
      return windows ? is_windows_administrator(user) : is_root_user(user);
    };
    if (stage->user != nullptr) {
      if (is_admin(stage->user_value)) {
        ctx.report(kInfo, stage->user->span,
                   windows ? util::format("the final stage runs as `{}`, the container's administrator; switch to "
                                          "`USER ContainerUser` after the installation steps",
                                          stage->user_value)
                           : util::format("the final stage runs as `{}`; switch to a dedicated non-root user "
                                          "(e.g. `USER 10001`) after installing packages",
                                          stage->user_value));
      }
      return;
    }
    if (stage->root_image != nullptr && !stage->root_image->valid) {
      // `FROM $IMAGE` with no default: the base, and so its user, is chosen at build time.
      report_unknown_base(ctx, *stage);
      return;
    }
    if (stage->root_image != nullptr) {
      auto facts = knowledge::base_image_facts(stage->root_image->full_repository(), stage->root_image->tag);
      if (facts.default_user && !is_admin(*facts.default_user)) return;
    } else if (stage->base_kind == dockerfile::BaseKind::kImage) {
      report_unknown_base(ctx, *stage);  // base could not be resolved: its default user is unknown
      return;
    }
    ctx.report(kInfo, stage->from->keyword_span,
               windows ? util::format("the final stage (`{}`) has no USER, so the container runs as {}; add "
                                      "`USER ContainerUser` at the end",
                                      stage->base, kWindowsAdministrator)
                       : util::format("the final stage (`{}`) has no USER, so the container runs as root; create a "
                                      "user and add `USER <name>` at the end",
                                      stage->base));
  }
};

}  // namespace

PLIMSOLL_RULE(df010_final_user_root, FinalUserRoot)

}  // namespace plimsoll::rules
