// Keeps a repeated log message from flooding the log: the first occurrence of a
// message is logged at once; repeats within `interval` are only counted, and the
// count is logged once the interval has passed ("... (x123 in last 10 s)"), on the
// next occurrence or on Flush(). The caller writes the returned lines to its log,
// so this stays free of any logging library.
// Thread-safe (one mutex; meant for error paths, not hot paths).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/mutex.h"

namespace pln {

class LogThrottle {
 public:
  using Clock = std::chrono::steady_clock;

  explicit LogThrottle(Clock::duration interval) : interval_(interval) {}

  // Records one occurrence of `message`; returns the line to log now, or nullopt
  // while the message is being counted.
  std::optional<std::string> Record(std::string_view message, Clock::time_point now = Clock::now());
  // Lines for counted repeats whose interval has passed (call it periodically so
  // the count of the last burst is not lost when the message stops).
  std::vector<std::string> Flush(Clock::time_point now = Clock::now());

 private:
  struct State {
    Clock::time_point window_start;  // when the message was last logged
    uint64_t suppressed = 0;         // occurrences since then
  };
  std::string CountedLine(const std::string& message, const State& state) const;

  const Clock::duration interval_;
  Mutex mu_;
  std::unordered_map<std::string, State> messages_ GUARDED_BY(mu_);
};

}  // namespace pln
