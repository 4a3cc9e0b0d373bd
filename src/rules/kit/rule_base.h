// The base every kit shape builds on: a rule bound to its constexpr RuleInfo, with its options
// read through typed handles checked against that RuleInfo at compile time.
#pragma once

#include "rules/kit/options.h"
#include "rules/rule.h"
#include "rules/settings.h"

namespace plimsoll::rules::kit {

template <const RuleInfo& Info>
class RuleBase : public Rule {
 public:
  const RuleInfo& info() const final { return Info; }

 protected:
  // `option<kBudget>(ctx.settings())`: the value typed as the handle says; an option the rule
  // does not list in its RuleInfo does not compile.
  template <const auto& O>
  static auto option(const RuleSettings& settings) {
    static_assert(declares(Info, O.spec.name),
                  "option handle not listed in this rule's RuleInfo options");
    return kit::option(settings, Info, O);
  }
};

}  // namespace plimsoll::rules::kit

// The accessor the generated registry calls, named after the rule's doc stem (its file name):
// `PLIMSOLL_RULE(en003_env_syntax, EnvSyntax)` after the rule's anonymous namespace.
#define PLIMSOLL_RULE(stem, RuleClass)    \
  const ::plimsoll::rules::Rule& stem();  \
  const ::plimsoll::rules::Rule& stem() { \
    static const RuleClass rule;          \
    return rule;                          \
  }
