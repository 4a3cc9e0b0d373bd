// Time spent in each rule over a run, for `plimsoll check --profile-rules`. The engine adds a
// file's samples once, under a lock, so threads do not contend per call.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <string_view>
#include <vector>

namespace plimsoll::rules {

struct RuleTiming {
  int64_t nanoseconds = 0;
  uint64_t calls = 0;
};

class RuleTimings {
 public:
  // `key` is a rule ID, or a pseudo-entry such as "(parse+model)"; it must outlive the run.
  void add(const std::map<std::string_view, RuleTiming>& samples);
  // Entries by time spent, largest first.
  std::vector<std::pair<std::string_view, RuleTiming>> sorted() const;

 private:
  mutable std::mutex mutex_;
  std::map<std::string_view, RuleTiming> totals_;
};

}  // namespace plimsoll::rules
