// DF066 workdir-relative: a relative WORKDIR depends on whatever the base image set.
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF066", "workdir-relative", core::Severity::kWarning, "dockerfile",
                         "WORKDIR must be absolute.", "df066_workdir_relative"};

class WorkdirRelative final : public kit::InstructionRule<kInfo, dockerfile::Keyword::kWorkdir> {
  void check(const dockerfile::Instruction& in, FileContext& ctx) const override {
    if (in.args.empty()) return;
    std::string_view path = in.args[0].value;
    if (!path.empty() && (path[0] == '"' || path[0] == '\'')) path.remove_prefix(1);
    // Absolute, a variable (resolved at build time), or a Windows drive path.
    if (path.empty() || path[0] == '/' || path[0] == '$' || path[0] == '\\' ||
        (path.size() >= 2 && path[1] == ':')) {
      return;
    }
    ctx.report(kInfo, in.args[0].span,
               util::format("`WORKDIR {}` is relative to the base image's working directory; use an absolute "
                            "path such as `/app`", in.args[0].value));
  }
};

}  // namespace

PLIMSOLL_RULE(df066_workdir_relative, WorkdirRelative)

}  // namespace plimsoll::rules
