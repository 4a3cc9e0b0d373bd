// DF073 legacy-key-value: `ENV key value` reads as one pair whatever follows, which surprises
// anyone who writes `ENV A 1 B 2`; `key=value` is unambiguous.
#include "rules/dockerfile/dockerfile_rules.h"
#include "rules/file_context.h"
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

class LegacyKeyValue final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }
  Interest interest() const override { return Interest::on({dockerfile::Keyword::kEnv, dockerfile::Keyword::kLabel}); }
  void on_instruction(const dockerfile::Instruction& in, FileContext& ctx) const override {
    // The parser marks the legacy form with an empty separator (the third node of a pair).
    if (in.args.size() != 3 || !in.args[2].value.empty()) return;
    const auto& key = in.args[0];
    const auto& value = in.args[1];
    std::optional<core::Fix> fix;
    if (plain_word(value.value)) {
      fix = core::Fix{"Use key=value", {{{key.span.end, value.span.begin}, "="}}};
    }
    ctx.report(kInfo, key.span,
               util::format("legacy `{} {} {}` form; write `{} {}={}`", in.keyword, key.value, value.value,
                            in.keyword, key.value, plain_word(value.value) ? value.value : "\"" + value.value + "\""),
               std::move(fix));
  }
};

}  // namespace

const Rule& df073_legacy_key_value() {
  static const LegacyKeyValue rule;
  return rule;
}

}  // namespace plimsoll::rules
