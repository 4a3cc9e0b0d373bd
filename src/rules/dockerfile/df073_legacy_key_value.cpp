// DF073 legacy-key-value: `ENV key value` reads as one pair whatever follows, which surprises
// anyone who writes `ENV A 1 B 2`; `key=value` is unambiguous.
#include "rules/file_context.h"
#include "rules/kit/dockerfile_shapes.h"
#include "util/format.h"

namespace plimsoll::rules {
namespace {

constexpr RuleInfo kInfo{"DF073", "legacy-key-value", core::Severity::kStyle, "dockerfile",
                         "`ENV key value` → `ENV key=value`.", "df073_legacy_key_value", {}, Fixes::kOffered};

bool plain_word(std::string_view value) {
  for (char c : value) {
    if (c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '\\' || c == '$') return false;
  }
  return !value.empty();
}

class LegacyKeyValue final
    : public kit::InstructionRule<kInfo, dockerfile::Keyword::kEnv, dockerfile::Keyword::kLabel> {
  void check(const dockerfile::Instruction& in, FileContext& ctx) const override {
    // The legacy form is always a single pair: the value is the whole rest of the line.
    const auto& pairs = in.typed.pairs();
    if (pairs.size() != 1 || !pairs[0].legacy) return;
    const dockerfile::KeyValue& pair = pairs[0];
    const std::string& key = pair.raw_key;
    const std::string& value = pair.raw_value;
    std::optional<core::Fix> fix;
    if (plain_word(value)) {
      fix = core::Fix{"Use key=value", {{{pair.key_span.end, pair.value_span.begin}, "="}}, core::Applicability::kSafe};
    }
    ctx.report(kInfo, pair.key_span,
               util::format("legacy `{} {} {}` form; write `{} {}={}`", in.keyword, key, value, in.keyword, key,
                            plain_word(value) ? value : "\"" + value + "\""),
               std::move(fix));
  }
};

}  // namespace

PLIMSOLL_RULE(df073_legacy_key_value, LegacyKeyValue)

}  // namespace plimsoll::rules
