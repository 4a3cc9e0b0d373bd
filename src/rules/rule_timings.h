// Time spent in each rule over a run, for `plimsoll check --profile-rules`. The engine adds a
// file's samples once, under a lock, so threads do not contend per call.
#pragma once

#include <chrono>
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

// Times the rule calls of one engine run when profiling is on, and adds them to `timings` once at
// the end; with no timings a call is a plain call, so the common path pays one branch. Every
// engine (Dockerfile, project, image) times its calls with this.
class CallTimer {
 public:
  explicit CallTimer(RuleTimings* timings) : timings_(timings) {}
  ~CallTimer() {
    if (timings_ != nullptr) timings_->add(samples_);
  }
  CallTimer(const CallTimer&) = delete;
  CallTimer& operator=(const CallTimer&) = delete;

  template <typename Fn>
  void run(std::string_view key, Fn&& fn) {
    if (timings_ == nullptr) {
      fn();
      return;
    }
    auto start = std::chrono::steady_clock::now();
    fn();
    RuleTiming& sample = samples_[key];
    sample.nanoseconds +=
        std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start).count();
    ++sample.calls;
  }

 private:
  RuleTimings* timings_;
  std::map<std::string_view, RuleTiming> samples_;
};

}  // namespace plimsoll::rules
