// IM007 image-build-tools: compilers and build tools in a shipped image let an intruder build
// exploits in place and enlarge what must be patched; they belong in a builder stage.
#include "rules/image/image_rules.h"
#include "rules/image/program_findings.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"IM007", "image-build-tools", core::Severity::kWarning, "image",
                         "Compilers/build tools present in the final filesystem.", "im007_image_build_tools"};

class ImageBuildTools final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }
  Interest interest() const override { return Interest::at_image(); }
  void on_image(ImageContext& ctx) const override {
    report_programs(ctx, kInfo, knowledge::ImageProgram::kBuildTool, "build tool");
  }
};

}  // namespace

const Rule& im007_image_build_tools() {
  static const ImageBuildTools rule;
  return rule;
}

}  // namespace plimsoll::rules
