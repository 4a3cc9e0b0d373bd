#include "rules/registry.h"

#include "rules/generated_rule_list.h"
#include "util/text.h"

namespace plimsoll::rules {

const std::vector<const Rule*>& all_rules() {
  // Generated from the rule files, sorted by ID; the catalogue test keeps it in step with
  // STANDARD.md, the docs and the case folders.
  static const std::vector<const Rule*> rules = [] {
    std::vector<const Rule*> out;
    out.reserve(kGeneratedRuleAccessors.size());
    for (auto accessor : kGeneratedRuleAccessors) out.push_back(&accessor());
    return out;
  }();
  return rules;
}

const Rule* find_rule(std::string_view id_or_name, std::string_view family) {
  const Rule* first = nullptr;
  for (const Rule* rule : all_rules()) {
    if (util::iequals_ascii(rule->info().id, id_or_name)) return rule;
    if (!util::iequals_ascii(rule->info().name, id_or_name)) continue;
    if (!family.empty() && rule->info().family == family) return rule;
    if (first == nullptr) first = rule;
  }
  return first;
}

std::vector<const Rule*> rules_named(std::string_view name) {
  std::vector<const Rule*> out;
  for (const Rule* rule : all_rules()) {
    if (util::iequals_ascii(rule->info().name, name)) out.push_back(rule);
  }
  return out;
}

}  // namespace plimsoll::rules
