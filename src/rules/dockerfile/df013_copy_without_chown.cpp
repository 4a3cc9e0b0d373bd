// DF013 copy-without-chown: the ownership policy (rules/ownership_policy.h) in the Dockerfile.
// Code copied for a non-root user belongs to root, so the app cannot rewrite it; a volume the
// app writes must be chowned to it, since COPY makes root the owner whatever USER says.
#include <algorithm>
#include <vector>

#include "knowledge/base_images.h"
#include "rules/dockerfile/helpers.h"
#include "rules/dockerfile/platform.h"
#include "rules/dockerfile/users.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "rules/ownership_policy.h"
#include "util/format.h"
#include "util/path.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF013", "copy-without-chown", core::Severity::kWarning, "dockerfile",
                         "In a stage that runs as a non-root user, code stays owned by root (no `--chown=` to that user); "
                         "only a declared VOLUME it writes is copied with `--chown=`.",
                         "df013_copy_without_chown", {}, Fixes::kOffered};

// Where application code goes: relative destinations, the stage's WORKDIR and the usual app
// roots. A user's home is its own by convention and is left alone.
bool is_code_path(std::string_view dest, std::string_view workdir) {
  if (!dest.starts_with("/")) return true;
  if (dest.starts_with("/home/")) return false;
  if (workdir != "/" && (dest == workdir || (dest.starts_with(workdir) && dest[workdir.size()] == '/'))) return true;
  return dest.starts_with("/app") || dest.starts_with("/srv");
}

bool windows_path(std::string_view dest) {
  return (dest.size() > 1 && dest[1] == ':') || dest.find('\\') != std::string_view::npos;
}

// The user part of `user[:group]`.
std::string_view user_part(std::string_view owner) { return owner.substr(0, owner.find(':')); }

bool is_numeric(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Whether `--chown=user[:group]` can be resolved when `copy` runs: numeric IDs need no account;
// a name must be created by a RUN before it (useradd makes the user's own group) or be known in
// the base image. Otherwise the build fails ("unable to find user"), so no fix is offered.
bool owner_exists_at(std::string_view owner, const dockerfile::Instruction& copy, const dockerfile::Stage& stage,
                     FileContext& ctx) {
  std::string_view user = user_part(owner);
  std::string_view group = owner.find(':') == std::string_view::npos ? "" : owner.substr(owner.find(':') + 1);
  std::vector<std::string> known = accounts_created_in_chain(ctx, stage, &copy);
  if (stage.root_image != nullptr) {
    auto facts = knowledge::base_image_facts(stage.root_image->full_repository(), stage.root_image->tag);
    known.insert(known.end(), facts.users.begin(), facts.users.end());
  }
  auto exists = [&](std::string_view name) {
    return is_numeric(name) || std::find(known.begin(), known.end(), name) != known.end();
  };
  return exists(user) && (group.empty() || group == user || exists(group));
}

// VOLUME paths declared in the stage and the stages it is built FROM.
std::vector<std::string> declared_volumes(const dockerfile::Stage& stage, const dockerfile::Model& model) {
  std::vector<std::string> volumes;
  for (const dockerfile::Stage* s = &stage; s != nullptr;
       s = s->parent >= 0 ? &model.stages[static_cast<std::size_t>(s->parent)] : nullptr) {
    for (const dockerfile::Instruction* in : s->instructions) {
      if (in->kind != dockerfile::Keyword::kVolume) continue;
      for (const auto& arg : in->args) volumes.push_back(arg.value);
    }
    if (s->parent >= s->index) break;  // a stage is only built FROM an earlier one
  }
  return volumes;
}

class CopyWithoutChown final : public kit::StageRule<kInfo> {
  void check(const dockerfile::Stage& stage, FileContext& ctx) const override {
    // Only stages that switch user themselves: their author chose who runs the files.
    if (stage.user == nullptr || ctx.model().stage_of(stage.user) != stage.index) return;
    const std::string& user = stage.user_value;
    if (user.empty() || is_root_user(user) || user.find('$') != std::string::npos) return;
    // Windows containers have no POSIX owners; BuildKit does not apply --chown there.
    if (is_windows_stage(ctx.model(), stage)) return;
    std::vector<std::string> volumes = declared_volumes(stage, ctx.model());
    for (const dockerfile::Instruction* in : stage.instructions) {
      const auto* copy = in->typed.copy();
      if (!copy || !copy->destination) continue;
      const std::string& dest = copy->destination->value;
      if (windows_path(dest)) continue;
      std::string absolute = dest.starts_with("/") ? dest : util::join_path(stage.workdir, dest);
      if (!copy->chown) {
        if (copy->chmod || !under_volume(absolute, volumes)) continue;
        std::optional<core::Fix> fix;
        if (owner_exists_at(user, *in, stage, ctx)) {
          fix = core::Fix{"Add --chown", {{{in->keyword_span.end, in->keyword_span.end}, " --chown=" + user}}};
        }
        ctx.report(kInfo, in->keyword_span,
                   util::format("`{}` is a declared VOLUME the app writes, but files copied there belong to root and "
                                "the stage runs as `{}`; add `--chown={}`",
                                dest, user, user),
                   std::move(fix));
        continue;
      }
      const std::string& owner = copy->chown->value;
      if (owner.find('$') != std::string::npos || user_part(owner) != user_part(user)) continue;
      if (!is_code_path(dest, stage.workdir) || is_writable_state(absolute, volumes)) continue;
      // No fix: whether the app writes below the destination (an sqlite file, collected static
      // files) is not in the Dockerfile, and a fix applied by default must not change behaviour.
      ctx.report(kInfo, copy->chown->flag_span,
                 util::format("the code copied to `{}` is owned by the runtime user `{}`, who can then rewrite it; "
                              "copy it root-owned (drop `--chown`) and chown only the directories the app writes "
                              "(its volumes, cache or data)",
                              dest, user_part(owner)));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df013_copy_without_chown, CopyWithoutChown)

}  // namespace plimsoll::rules
