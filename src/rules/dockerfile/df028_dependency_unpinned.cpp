// DF028 dependency-unpinned: a package installed without a version gets whatever is newest at
// build time, so two builds of the same commit can differ.
// OS packages are judged by the base instead: under a digest-pinned base the release and its
// repositories are fixed, and what still moves is that release's security and point updates,
// which an exact `pkg=<version>` pin would turn into a build that fails once the archive drops
// the version. So OS installs are asked about only when the base has no digest, and the advice is
// the digest (docs/init.md, "Base images and OS packages").
#include "rules/dockerfile/helpers.h"
#include "rules/dockerfile/packages.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF028", "dependency-unpinned", core::Severity::kInfo, "dockerfile",
                         "Language packages should pin versions or use a lockfile; OS packages need a digest-pinned base.",
                         "df028_dependency_unpinned"};

// A package operand without a version. Paths, archives, URLs and variables are no index
// packages, nor is a name with a `/` (`pkg/bookworm-backports`, a Go module path, an npm scope).
bool unpinned(const dockerfile::InstallerOperand& operand) {
  return operand.kind == dockerfile::OperandKind::kPackage && operand.version.empty() &&
         operand.name.find('/') == std::string::npos;
}

// The external base at the root of the current stage's FROM chain when it has no digest; null
// when it has one, or when it is scratch or a variable without a value (nothing to judge).
const dockerfile::ImageRef* floating_base(const FileContext& ctx) {
  const dockerfile::Stage* stage = current_stage(ctx);
  if (stage == nullptr || stage->root_image == nullptr || !stage->root_image->valid) return nullptr;
  return stage->root_image->digest.empty() ? stage->root_image : nullptr;
}

class DependencyUnpinned final : public kit::InstructionRule<kInfo, dockerfile::Keyword::kRun> {
  void check(const dockerfile::Instruction& run, FileContext& ctx) const override {
    for (const auto& command : ctx.script(run).commands) {
      const dockerfile::InstallerCommand* installer = ctx.installer(command);
      if (!installer || installer->kind.action != "install") continue;
      if (installer->kind.is_os()) {
        const dockerfile::ImageRef* base = floating_base(ctx);
        if (base == nullptr) continue;
        for (const dockerfile::InstallerOperand* p : os_packages(installer)) {
          if (!unpinned(*p)) continue;
          ctx.report(kInfo, p->word->span,
                     util::format("`{}` has no version and the base `{}` no digest: pin the base by digest, which "
                                  "fixes the image and the OS release the package comes from (an exact "
                                  "`{}=<version>` stops building once the archive drops that version)",
                                  p->name, base->written, p->name));
        }
        continue;
      }
      std::string_view program = installer->kind.program;
      bool language = program.rfind("pip", 0) == 0 || program.rfind("python", 0) == 0 || program == "npm" ||
                      (program == "uv" && installer->kind.subcommand == "pip install") || program == "go";
      if (!language) continue;
      if (program == "go" && installer->kind.subcommand != "install" && installer->kind.subcommand != "get") continue;
      // The grammar's operands: an option's value (`--trusted-host h`, `--loglevel warn`) is none.
      for (const dockerfile::InstallerOperand& operand : installer->operands) {
        if (!unpinned(operand)) continue;
        const sh::Word& w = *operand.word;
        ctx.report(kInfo, w.span,
                   util::format("`{}` is installed without a version; pin it or install from a lockfile", w.value));
      }
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df028_dependency_unpinned, DependencyUnpinned)

}  // namespace plimsoll::rules
