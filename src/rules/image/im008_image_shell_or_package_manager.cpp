// IM008 image-shell-or-package-manager: a shell and a package manager are what an intruder
// needs first; distroless images ship neither.
#include "rules/kit/image_shape.h"
#include "rules/image/program_findings.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"IM008", "image-shell-or-package-manager", core::Severity::kInfo, "image",
                         "Shells and package managers present (distroless ideal).",
                         "im008_image_shell_or_package_manager"};

class ImageShellOrPackageManager final : public kit::ImageRule<kInfo> {
  void check(ImageContext& ctx) const override {
    report_programs(ctx, kInfo, knowledge::ImageProgram::kShell, "shell");
    report_programs(ctx, kInfo, knowledge::ImageProgram::kPackageManager, "package manager");
  }
};

}  // namespace

PLIMSOLL_RULE(im008_image_shell_or_package_manager, ImageShellOrPackageManager)

}  // namespace plimsoll::rules
