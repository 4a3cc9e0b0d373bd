// DF015 root-owned-path-for-user: /root is mode 700; a non-root user cannot read what was
// installed or copied there (the `pip install --user` then `COPY /root/.local` pattern), and
// `--chown` does not help, since the user cannot enter /root at all. Under the ownership policy
// (rules/ownership_policy.h) the remedy is a root-owned path everyone may read, not a chown.
#include "rules/dockerfile/helpers.h"
#include "rules/dockerfile/platform.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF015", "root-owned-path-for-user", core::Severity::kError, "dockerfile",
                         "Non-root final user whose `PATH`/artifacts live under `/root` cannot read them.",
                         "df015_root_owned_path_for_user"};

bool under_root_home(std::string_view path) { return path == "/root" || path.starts_with("/root/"); }

// A RUN of the stage chain that opens /root to others (`chmod 755 /root`, `chmod -R a+rX /root`):
// then the user can read below it, and the condition is no longer certain.
bool opens_root_home(const dockerfile::Stage& stage, const dockerfile::Model& model) {
  for (const dockerfile::Stage* s = &stage; s != nullptr;
       s = s->parent >= 0 && s->parent < s->index ? &model.stages[static_cast<std::size_t>(s->parent)] : nullptr) {
    for (const dockerfile::Instruction* in : s->instructions) {
      if (in->kind != dockerfile::Keyword::kRun) continue;
      const std::string& text = in->original;
      std::size_t chmod = text.find("chmod");
      if (chmod != std::string::npos && text.find("/root", chmod) != std::string::npos) return true;
    }
  }
  return false;
}

class RootOwnedPathForUser final : public kit::DockerfileRule<kInfo> {
  void check(FileContext& ctx) const override {
    for (int target : ctx.shipped_targets()) {
      const dockerfile::Stage& stage = ctx.model().stages[static_cast<std::size_t>(target)];
      if (stage.user_value.empty() || is_root_user(stage.user_value)) continue;
      if (is_windows_stage(ctx.model(), stage)) continue;  // no /root, no POSIX modes
      if (opens_root_home(stage, ctx.model())) continue;
      for (const dockerfile::Instruction* in : stage.instructions) check_instruction(*in, stage.user_value, ctx);
    }
  }

 private:
  static void check_instruction(const dockerfile::Instruction& in, const std::string& user, FileContext& ctx) {
    const dockerfile::CopyArgs* copy = in.typed.copy();
    if (copy != nullptr && copy->destination) {
      const dockerfile::Spanned& dest = *copy->destination;
      if (under_root_home(dest.value)) {
        ctx.report(kInfo, dest.span,
                   util::format("files copied to `{}` stay in root's home (mode 700), which user `{}` cannot read{}; "
                                "copy them to a root-owned path everyone can read (e.g. /opt/venv or /usr/local) or "
                                "install without `--user`",
                                dest.value, user, copy->chown ? ", whoever owns them" : ""));
      }
    }
    if (in.kind == dockerfile::Keyword::kEnv) {
      for (const auto& pair : in.typed.pairs()) {
        if (pair.key != "PATH" && pair.key != "PYTHONPATH") continue;
        std::string_view value = pair.value;
        std::size_t at = value.find("/root/");
        if (at == std::string_view::npos || (at > 0 && value[at - 1] != ':')) continue;
        ctx.report(kInfo, pair.value_span,
                   util::format("`{}` points into /root, which user `{}` cannot read", pair.key, user));
      }
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df015_root_owned_path_for_user, RootOwnedPathForUser)

}  // namespace plimsoll::rules
