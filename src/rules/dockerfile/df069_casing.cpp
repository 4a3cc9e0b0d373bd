// DF069 casing: instruction keywords in one case, `AS` in the case of its FROM, and stage names
// in lower case (BuildKit lower-cases them anyway, so `AS Builder` and `--from=builder` meet).
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"
#include "util/text.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF069", "casing", core::Severity::kStyle, "dockerfile",
                         "Instruction keywords and `AS` consistent casing; stage names lowercase.", "df069_casing",
                         {}, Fixes::kOffered};

enum class Casing { kUpper, kLower, kMixed };

Casing casing_of(std::string_view word) {
  if (word == util::to_upper_ascii(word)) return Casing::kUpper;
  if (word == util::to_lower_ascii(word)) return Casing::kLower;
  return Casing::kMixed;
}

std::string in_case(std::string_view word, Casing casing) {
  return casing == Casing::kLower ? util::to_lower_ascii(word) : util::to_upper_ascii(word);
}

// Every casing fix is safe: BuildKit reads keywords and `AS` in any case and lower-cases stage
// names itself, so the build is the same.
class CasingRule final : public kit::DockerfileRule<kInfo> {
  void check(FileContext& ctx) const override {
    const auto& instructions = ctx.file().instructions;
    std::size_t upper = 0, lower = 0;
    for (const auto& in : instructions) {
      if (in.kind == dockerfile::Keyword::kUnknown) continue;
      Casing c = casing_of(in.keyword);
      upper += c == Casing::kUpper ? 1 : 0;
      lower += c == Casing::kLower ? 1 : 0;
    }
    Casing majority = lower > upper ? Casing::kLower : Casing::kUpper;
    std::string_view majority_name = majority == Casing::kLower ? "lower" : "upper";
    for (const auto& in : instructions) {
      if (in.kind == dockerfile::Keyword::kUnknown) continue;
      if (casing_of(in.keyword) != majority) {
        std::string fixed = in_case(in.keyword, majority);
        ctx.report(kInfo, in.keyword_span,
                   util::format("`{}` is not in the {} case the other instructions use; write `{}`", in.keyword,
                                majority_name, fixed),
                   core::Fix{"Write " + fixed, {{in.keyword_span, fixed}}, core::Applicability::kSafe});
      }
      if (in.kind == dockerfile::Keyword::kFrom) check_from(in, majority, ctx);
    }
  }

 private:
  // `AS` follows its FROM, and FROM follows the file (it is reported above when it does not), so
  // the file's case is what AS should be once both are fixed.
  static void check_from(const dockerfile::Instruction& from, Casing from_case, FileContext& ctx) {
    if (from.args.size() < 3 || !util::iequals_ascii(from.args[1].value, "as")) return;
    const dockerfile::Argument& as = from.args[1];
    if (casing_of(as.value) != from_case) {
      std::string fixed = in_case(as.value, from_case);
      ctx.report(kInfo, as.span, util::format("`{}` does not match the case of FROM; write `{}`", as.value, fixed),
                 core::Fix{"Write " + fixed, {{as.span, fixed}}, core::Applicability::kSafe});
    }
    const dockerfile::Argument& name = from.args[2];
    std::string lower = util::to_lower_ascii(name.value);
    if (lower != name.value && name.value.find('$') == std::string::npos) {
      ctx.report(kInfo, name.span,
                 util::format("stage name `{}` is not lower case; BuildKit lower-cases it, so write `{}`", name.value, lower),
                 core::Fix{"Write " + lower, {{name.span, lower}}, core::Applicability::kSafe});
    }
  }
};

}  // namespace

PLIMSOLL_RULE(df069_casing, CasingRule)

}  // namespace plimsoll::rules
