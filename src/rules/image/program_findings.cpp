#include "rules/image/program_findings.h"

#include "util/format.h"

namespace plimsoll::rules {

void report_programs(ImageContext& ctx, const RuleInfo& rule, knowledge::ImageProgram kind, std::string_view what) {
  for (const auto& [path, history] : ctx.image().files.paths()) {
    const image::FileVersion* v = history.current();
    if (v == nullptr || v->type == image::EntryType::kDirectory) continue;
    if (knowledge::classify_image_program(path) != kind) continue;
    ctx.report_layer(rule, v->layer, util::format("{} /{} is in the final file system (from {})", what, path,
                                                  ctx.describe_layer(v->layer)));
  }
}

}  // namespace plimsoll::rules
