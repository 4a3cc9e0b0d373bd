#include "rules/rule_timings.h"

#include <algorithm>

namespace plimsoll::rules {

void RuleTimings::add(const std::map<std::string_view, RuleTiming>& samples) {
  std::lock_guard lock(mutex_);
  for (const auto& [key, sample] : samples) {
    RuleTiming& total = totals_[key];
    total.nanoseconds += sample.nanoseconds;
    total.calls += sample.calls;
  }
}

std::vector<std::pair<std::string_view, RuleTiming>> RuleTimings::sorted() const {
  std::lock_guard lock(mutex_);
  std::vector<std::pair<std::string_view, RuleTiming>> out(totals_.begin(), totals_.end());
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.second.nanoseconds > b.second.nanoseconds; });
  return out;
}

}  // namespace plimsoll::rules
