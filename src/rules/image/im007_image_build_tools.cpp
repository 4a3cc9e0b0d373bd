// IM007 image-build-tools: compilers and build tools in a shipped image let an intruder build
// exploits in place and enlarge what must be patched; they belong in a builder stage.
#include "rules/kit/image_shape.h"
#include "rules/image/program_findings.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"IM007", "image-build-tools", core::Severity::kWarning, "image",
                         "Compilers/build tools present in the final filesystem.", "im007_image_build_tools"};

class ImageBuildTools final : public kit::ImageRule<kInfo> {
  void check(ImageContext& ctx) const override {
    report_programs(ctx, kInfo, knowledge::ImageProgram::kBuildTool, "build tool");
  }
};

}  // namespace

PLIMSOLL_RULE(im007_image_build_tools, ImageBuildTools)

}  // namespace plimsoll::rules
