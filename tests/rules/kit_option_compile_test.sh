#!/usr/bin/env bash
# The kit's typed option handles are checked by the compiler: reading an option through a handle
# the rule's RuleInfo lists compiles, one it does not list fails with the kit's message, and a
# misspelt handle is an unknown name.
# Usage: kit_option_compile_test.sh SOURCE_DIR CXX GENERATED_INCLUDE_DIR
set -euo pipefail
src="$1" cxx="$2" generated="$3"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
write() {  # file, the statement that reads the option
  cat > "$1" <<CPP
#include "rules/kit/image_shape.h"
namespace plimsoll::rules {
namespace {
constexpr kit::IntOption kBudgetMb{"budget-mb", "200", "Budget."};
constexpr kit::IntOption kOther{"other", "1", "Declared nowhere."};
constexpr OptionSpec kOptions[] = {kBudgetMb};
constexpr RuleInfo kInfo{"IM998", "option-test", core::Severity::kInfo, "image", "Test.", "im998_option_test", kOptions};
class OptionTest final : public kit::ImageRule<kInfo> {
  void check(ImageContext& ctx) const override {
    $2
    ctx.report_config(kInfo, std::to_string(value));
  }
};
}  // namespace
PLIMSOLL_RULE(im998_option_test, OptionTest)
}  // namespace plimsoll::rules
CPP
}
compile() { "$cxx" -std=c++20 -fsyntax-only -Wall -Wextra -Werror -pthread -I"$src/src" -I"$generated" "$1" 2> "$1.err"; }
write "$scratch/good.cpp" 'int64_t value = option<kBudgetMb>(ctx.settings());'
compile "$scratch/good.cpp" || { cat "$scratch/good.cpp.err"; echo "FAIL: a declared handle does not compile" >&2; exit 1; }
write "$scratch/undeclared.cpp" 'int64_t value = option<kOther>(ctx.settings());'
if compile "$scratch/undeclared.cpp"; then echo "FAIL: an undeclared option compiled" >&2; exit 1; fi
grep -q "option handle not listed in this rule's RuleInfo options" "$scratch/undeclared.cpp.err" ||
  { cat "$scratch/undeclared.cpp.err"; echo "FAIL: wrong error for an undeclared option" >&2; exit 1; }
write "$scratch/misspelt.cpp" 'int64_t value = option<kBudgetMB>(ctx.settings());'
if compile "$scratch/misspelt.cpp"; then echo "FAIL: a misspelt option compiled" >&2; exit 1; fi
grep -q "kBudgetMB" "$scratch/misspelt.cpp.err" || { echo "FAIL: wrong error for a misspelt option" >&2; exit 1; }
echo "option handles are checked at compile time"
