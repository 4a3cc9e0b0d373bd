#include "app/rule_selection.h"

#include <algorithm>

#include "util/did_you_mean.h"
#include "knowledge/ignore_aliases.h"
#include "rules/registry.h"
#include "util/format.h"
#include "util/text.h"

namespace plimsoll::app {
namespace {

// The rule IDs one item stands for: a rule name, an ID, an ID prefix, or a hadolint or
// BuildKit code that a plimsoll rule covers.
std::vector<std::string> expand(std::string_view item) {
  std::vector<std::string> ids;
  std::string upper = util::to_upper_ascii(item);
  for (const rules::Rule* rule : rules::all_rules()) {
    std::string_view id = rule->info().id;
    if (id.starts_with(upper) || rule->info().name == item) ids.emplace_back(id);
  }
  if (ids.empty()) ids = knowledge::hadolint_alias(upper);
  if (ids.empty()) ids = knowledge::buildkit_alias(item);
  return ids;
}

std::vector<std::string> rule_words() {
  std::vector<std::string> words;
  for (const rules::Rule* rule : rules::all_rules()) {
    words.emplace_back(rule->info().id);
    words.emplace_back(rule->info().name);
  }
  return words;
}

}  // namespace

std::optional<std::string> expand_rule_items(const std::vector<std::string>& items, std::string_view flag,
                                             std::vector<std::string>& out) {
  for (const auto& given : items) {
    std::string_view rest = given;
    while (true) {
      std::size_t comma = rest.find(',');
      std::string_view item = util::trim_ascii_space(rest.substr(0, comma));
      if (!item.empty()) {
        std::vector<std::string> ids = expand(item);
        if (ids.empty()) {
          return util::format("{} `{}` names no rule (an ID such as DF030, a prefix such as DC, a name, or a "
                              "hadolint code){}",
                              flag, item, util::did_you_mean(item, rule_words()));
        }
        out.insert(out.end(), ids.begin(), ids.end());
      }
      if (comma == std::string_view::npos) break;
      rest.remove_prefix(comma + 1);
    }
  }
  return std::nullopt;
}

std::optional<std::string> RuleSelection::parse(const std::vector<std::string>& select,
                                                const std::vector<std::string>& ignore, RuleSelection& out) {
  out = RuleSelection{};
  if (auto error = expand_rule_items(select, "--select", out.select_)) return error;
  if (auto error = expand_rule_items(ignore, "--ignore", out.ignore_)) return error;
  out.select_all_ = select.empty();
  return std::nullopt;
}

bool RuleSelection::selected(std::string_view rule_id) const {
  auto has = [&](const std::vector<std::string>& ids) { return std::find(ids.begin(), ids.end(), rule_id) != ids.end(); };
  return (select_all_ || has(select_)) && !has(ignore_);
}

}  // namespace plimsoll::app
