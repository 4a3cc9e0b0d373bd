// DF011 user-not-created: `USER app` for an account nobody created fails at container start
// ("unable to find user app").
#include <algorithm>

#include "knowledge/base_images.h"
#include "rules/dockerfile/platform.h"
#include "rules/dockerfile/users.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF011", "user-not-created", core::Severity::kWarning, "dockerfile",
                         "A `USER name` must be created in the Dockerfile or be known to exist in the base.",
                         "df011_user_not_created"};

bool is_numeric(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

class UserNotCreated final : public kit::InstructionRule<kInfo, dockerfile::Keyword::kUser> {
  void check(const dockerfile::Instruction& user, FileContext& ctx) const override {
    if (ctx.stage_index() < 0 || user.args.empty()) return;
    const dockerfile::Stage& stage = ctx.model().stages[static_cast<std::size_t>(ctx.stage_index())];
    // Windows accounts are made with `net user` and named in any case; useradd advice is moot.
    if (is_windows_stage(ctx.model(), stage)) return;
    std::string value = user.args[0].value;
    std::string name = value.substr(0, value.find(':'));
    if (name.empty() || name == "root" || is_numeric(name) || name.find('$') != std::string::npos) return;
    auto created = accounts_created_in_chain(ctx, stage, &user);
    if (std::find(created.begin(), created.end(), name) != created.end()) return;
    if (stage.root_image == nullptr) {
      if (stage.base_kind != dockerfile::BaseKind::kScratch) return;  // unresolved base: cannot tell
    } else {
      auto facts = knowledge::base_image_facts(stage.root_image->full_repository(), stage.root_image->tag);
      if (std::find(facts.users.begin(), facts.users.end(), name) != facts.users.end()) return;
      if (facts.users.empty()) return;  // a base we know nothing about may well have the account
    }
    ctx.report(kInfo, user.args[0].span,
               util::format("no RUN creates user `{}` and the base image is not known to have it, so the container "
                            "fails to start; add `RUN useradd --uid 10001 {}` or use a numeric UID",
                            name, name));
  }
};

}  // namespace

PLIMSOLL_RULE(df011_user_not_created, UserNotCreated)

}  // namespace plimsoll::rules
