// DF074 parse-error: what BuildKit's parser rejects, plus the instruction-level errors every
// build would hit (unknown instructions, instructions before the first FROM).
#include "dockerfile/validate.h"
#include "rules/dockerfile/dockerfile_rules.h"
#include "rules/file_context.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF074", "parse-error", core::Severity::kError, "dockerfile",
                         "The file does not parse the way BuildKit parses it.", "df074_parse_error"};

class ParseError final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }
  Interest interest() const override { return Interest::at_file_end(); }
  void on_file_end(FileContext& ctx) const override {
    for (const auto& d : ctx.file().diagnostics) ctx.report(kInfo, d.span, d.message, {}, d.severity);
    for (const auto& d : dockerfile::validate_flags(ctx.file())) ctx.report(kInfo, d.span, d.message);
    bool seen_from = false;
    for (const auto& in : ctx.file().instructions) {
      if (in.kind == dockerfile::Keyword::kUnknown) {
        ctx.report(kInfo, in.keyword_span, "unknown instruction: " + in.keyword);
      } else if (!seen_from && in.kind != dockerfile::Keyword::kFrom && in.kind != dockerfile::Keyword::kArg) {
        ctx.report(kInfo, in.keyword_span, in.keyword + " before the first FROM: only ARG may come before FROM");
      }
      seen_from = seen_from || in.kind == dockerfile::Keyword::kFrom;
    }
  }
};

}  // namespace

const Rule& df074_parse_error() {
  static const ParseError rule;
  return rule;
}

}  // namespace plimsoll::rules
