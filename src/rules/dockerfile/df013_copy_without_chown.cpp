// DF013 copy-without-chown: COPY writes files owned by root whatever USER says; a service that
// runs as another user cannot write to its own files without --chown.
#include "rules/dockerfile/helpers.h"
#include "rules/dockerfile/platform.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF013", "copy-without-chown", core::Severity::kWarning, "dockerfile",
                         "In a stage that switches to a non-root user, application files copied in should use "
                         "`--chown=` (or `--chmod`).",
                         "df013_copy_without_chown", {}, Fixes::kOffered};

// Where application files go: relative destinations, the stage's WORKDIR and the usual app roots.
bool is_application_path(std::string_view dest, std::string_view workdir) {
  // Windows paths (`C:\app`): no POSIX owners to get wrong.
  if ((dest.size() > 1 && dest[1] == ':') || dest.find('\\') != std::string_view::npos) return false;
  if (!dest.starts_with("/")) return true;
  if (workdir != "/" && (dest == workdir || (dest.starts_with(workdir) && dest[workdir.size()] == '/'))) return true;
  return dest.starts_with("/app") || dest.starts_with("/srv") || dest.starts_with("/home/");
}

class CopyWithoutChown final : public kit::StageRule<kInfo> {
  void check(const dockerfile::Stage& stage, FileContext& ctx) const override {
    // Only stages that switch user themselves: their author chose who runs the files.
    if (stage.user == nullptr || ctx.model().stage_of(stage.user) != stage.index) return;
    if (stage.user_value.empty() || is_root_user(stage.user_value) || stage.user_value.find('$') != std::string::npos) return;
    // Windows containers have no POSIX owners; BuildKit does not apply --chown there.
    if (is_windows_stage(ctx.model(), stage)) return;
    for (const dockerfile::Instruction* in : stage.instructions) {
      const auto* copy = in->typed.copy();
      if (!copy || !copy->destination || copy->chown || copy->chmod) continue;
      const std::string& dest = copy->destination->value;
      if (!is_application_path(dest, stage.workdir)) continue;
      core::Fix fix{"Add --chown", {{{in->keyword_span.end, in->keyword_span.end}, " --chown=" + stage.user_value}}};
      ctx.report(kInfo, in->keyword_span,
                 util::format("files copied to `{}` belong to root, but the stage runs as `{}`; add `--chown={}`",
                              dest, stage.user_value, stage.user_value),
                 std::move(fix));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df013_copy_without_chown, CopyWithoutChown)

}  // namespace plimsoll::rules
