// DF072 stage-reference-invalid: stage names BuildKit refuses or that collide, and references
// (`FROM`, `COPY --from`, `RUN --mount=from=`) to stages that do not exist or to the stage itself.
// A name the project supplies to the Dockerfile as a named build context is that context.
#include <algorithm>

#include "project/named_contexts.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"
#include "util/text.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF072", "stage-reference-invalid", core::Severity::kError, "dockerfile",
                         "`COPY --from`/`FROM` references to unknown, duplicate, reserved or self stages.",
                         "df072_stage_reference_invalid"};

bool valid_stage_name(std::string_view name) {
  if (name.empty() || !(name[0] >= 'a' && name[0] <= 'z')) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
  });
}

bool is_number(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Looks like an image reference rather than a stage: a tag, digest, registry or path.
bool looks_like_image(std::string_view s) { return s.find_first_of(":/@") != std::string_view::npos; }

class StageReferenceInvalid final : public kit::DockerfileRule<kInfo> {
  void check(FileContext& ctx) const override {
    const auto& stages = ctx.model().stages;
    for (const auto& stage : stages) {
      check_name(stage, ctx);
      check_from(stage, ctx);
      for (const dockerfile::Instruction* in : stage.instructions) {
        const dockerfile::CopyArgs* copy = in->typed.copy();
        if (copy != nullptr && copy->from) check_reference(stage, copy->from->value, copy->from->span, ctx);
        if (!in->typed.run()) continue;
        for (const auto& mount : in->typed.run()->mounts) {
          if (mount.from) check_reference(stage, mount.from->value, mount.from->span, ctx);
        }
      }
    }
  }

 private:
  static void check_name(const dockerfile::Stage& stage, FileContext& ctx) {
    if (stage.name.empty() || stage.from->args.size() < 3) return;
    const dockerfile::Argument& word = stage.from->args[2];
    if (stage.name.find('$') != std::string::npos) return;
    if (!valid_stage_name(stage.name)) {
      ctx.report(kInfo, word.span,
                 util::format("`{}` is not a valid stage name: BuildKit wants a letter, then letters, digits, `-`, "
                              "`_` or `.`",
                              word.value));
    } else if (stage.name == "scratch" || stage.name == "context") {
      ctx.report(kInfo, word.span, util::format("`{}` is a reserved name and cannot name a stage", word.value));
    }
    // The model indexes names (first stage wins): looked up, not scanned, on 100,000-stage files.
    if (const dockerfile::Stage* other = ctx.model().find_stage(stage.name); other != nullptr && other->index < stage.index) {
      ctx.report(kInfo, word.span,
                 util::format("stage name `{}` is already used by stage {} (line {})", word.value, other->index,
                              other->from->start_line));
    }
  }

  // FROM <name> can only mean an earlier stage; a later one is pulled as an image instead.
  static void check_from(const dockerfile::Stage& stage, FileContext& ctx) {
    if (stage.base_kind != dockerfile::BaseKind::kImage || stage.from->args.empty() || !stage.base_resolved ||
        stage.base.empty()) {
      return;
    }
    std::string base = util::to_lower_ascii(stage.base);
    if (looks_like_image(base) || base.find('$') != std::string::npos) return;
    // An earlier stage of that name would have made this FROM <stage>: the first one is it or later.
    if (const dockerfile::Stage* other = ctx.model().find_stage(base); other != nullptr && other->index >= stage.index) {
      std::string_view what = other->index == stage.index ? "itself" : "a later stage";
      ctx.report(kInfo, stage.from->args[0].span,
                 util::format("`FROM {}` names {}; FROM can only build on earlier stages, so this pulls an image "
                              "called `{}`",
                              stage.base, what, stage.base));
      return;
    }
  }

  static void check_reference(const dockerfile::Stage& stage, const std::string& raw, core::Span span, FileContext& ctx) {
    std::string name = util::to_lower_ascii(raw);
    if (name.empty() || name.find('$') != std::string::npos || looks_like_image(name)) return;
    const auto& stages = ctx.model().stages;
    if (is_number(name)) {
      std::size_t index = name.size() > 6 ? SIZE_MAX : std::stoul(name);
      if (index == static_cast<std::size_t>(stage.index)) {
        ctx.report(kInfo, span, util::format("`{}` is the stage this instruction is in", raw));
      } else if (index >= stages.size()) {
        ctx.report(kInfo, span, util::format("there is no stage {}; stages are numbered from 0 to {}", raw, stages.size() - 1));
      }
      return;
    }
    if (name == stage.name) {
      ctx.report(kInfo, span, util::format("`{}` is the stage this instruction is in", raw));
      return;
    }
    bool known = ctx.model().find_stage(name) != nullptr;
    // A named build context the project supplies to this Dockerfile is what BuildKit reads then.
    if (!known && ctx.project() != nullptr && project::supplies_named_context(*ctx.project(), ctx.source().path(), name)) return;
    if (!known && name != "scratch" && name != "context") {
      ctx.report(kInfo, span,
                 util::format("no stage is named `{}`, so BuildKit pulls an image called `{}` instead; check the "
                              "spelling or write the image with a tag",
                              raw, raw));
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df072_stage_reference_invalid, StageReferenceInvalid)

}  // namespace plimsoll::rules
