// DF074 parse-error: what BuildKit's parser rejects, plus the instruction-level errors every
// build would hit (unknown instructions, instructions before the first FROM).
#include "dockerfile/validate.h"
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF074", "parse-error", core::Severity::kError, "dockerfile",
                         "The file does not parse the way BuildKit parses it.", "df074_parse_error"};

class ParseError final : public kit::DockerfileRule<kInfo> {
  void check(FileContext& ctx) const override {
    for (const auto& d : ctx.file().diagnostics) ctx.report(kInfo, d.span, d.message, {}, d.severity);
    for (const auto& d : dockerfile::validate_flags(ctx.file())) ctx.report(kInfo, d.span, d.message);
    for (const auto& d : ctx.file().instruction_diagnostics) ctx.report(kInfo, d.span, d.message);
    for (const auto& d : ctx.model().diagnostics) ctx.report(kInfo, d.span, d.message);
    // BuildKit stops at the first of these, so each kind is reported once, at its first
    // occurrence, with a count of the rest: a template or a non-Dockerfile named like one
    // would otherwise drown every other finding.
    const dockerfile::Instruction* first_unknown = nullptr;
    const dockerfile::Instruction* first_early = nullptr;
    std::size_t unknown = 0, early = 0;
    bool seen_from = false;
    for (const auto& in : ctx.file().instructions) {
      if (in.kind == dockerfile::Keyword::kUnknown) {
        if (unknown++ == 0) first_unknown = &in;
      } else if (!seen_from && in.kind != dockerfile::Keyword::kFrom && in.kind != dockerfile::Keyword::kArg) {
        if (early++ == 0) first_early = &in;
      }
      seen_from = seen_from || in.kind == dockerfile::Keyword::kFrom;
    }
    if (first_unknown != nullptr) {
      ctx.report(kInfo, first_unknown->keyword_span,
                 "unknown instruction: " + first_unknown->keyword + more(unknown, "unknown instruction"));
    }
    if (first_early != nullptr) {
      ctx.report(kInfo, first_early->keyword_span,
                 first_early->keyword + " before the first FROM: only ARG may come before FROM" +
                     more(early, "instruction before FROM"));
    }
  }

 private:
  static std::string more(std::size_t count, std::string_view what) {
    if (count <= 1) return {};
    return util::format(" ({} more {}{} in this file)", count - 1, what, count == 2 ? "" : "s");
  }
};

}  // namespace

PLIMSOLL_RULE(df074_parse_error, ParseError)

}  // namespace plimsoll::rules
