// DF064 maintainer-deprecated: MAINTAINER is deprecated; a LABEL carries the same fact.
#include "rules/dockerfile/helpers.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF064", "maintainer-deprecated", core::Severity::kStyle, "dockerfile",
                         "MAINTAINER is deprecated; use a LABEL.", "df064_maintainer_deprecated",
                         {}, Fixes::kOffered};

class MaintainerDeprecated final : public kit::InstructionRule<kInfo, dockerfile::Keyword::kMaintainer> {
  void check(const dockerfile::Instruction& in, FileContext& ctx) const override {
    std::optional<core::Fix> fix;
    if (!in.args.empty() && in.start_line == in.end_line) {
      fix = core::Fix{"Replace MAINTAINER with an OCI label",
                      {{{in.keyword_span.begin, in.args[0].span.end},
                        "LABEL org.opencontainers.image.authors=" + json_quote(in.args[0].value)}},
                      // Image metadata only: what the container runs and how is the same.
                      core::Applicability::kSafe};
    }
    ctx.report(kInfo, in.keyword_span,
               "MAINTAINER is deprecated; use `LABEL org.opencontainers.image.authors=\"…\"`", std::move(fix));
  }
};

}  // namespace

PLIMSOLL_RULE(df064_maintainer_deprecated, MaintainerDeprecated)

}  // namespace plimsoll::rules
