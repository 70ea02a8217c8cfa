#include "base/log_throttle.h"

namespace pln {

std::string LogThrottle::CountedLine(const std::string& message, const State& state) const {
  const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(interval_).count();
  return message + " (x" + std::to_string(state.suppressed) + " in last " +
         std::to_string(seconds) + " s)";
}

std::optional<std::string> LogThrottle::Record(std::string_view message, Clock::time_point now) {
  MutexLock lock(mu_);
  auto [it, inserted] = messages_.try_emplace(std::string(message), State{now, 0});
  if (inserted) return it->first;
  State& state = it->second;
  ++state.suppressed;
  if (now - state.window_start < interval_) return std::nullopt;
  std::string line = CountedLine(it->first, state);
  state = State{now, 0};
  return line;
}

std::vector<std::string> LogThrottle::Flush(Clock::time_point now) {
  std::vector<std::string> lines;
  MutexLock lock(mu_);
  for (auto it = messages_.begin(); it != messages_.end();) {
    State& state = it->second;
    if (now - state.window_start < interval_) {
      ++it;
    } else if (state.suppressed > 0) {
      lines.push_back(CountedLine(it->first, state));
      state = State{now, 0};
      ++it;
    } else {
      it = messages_.erase(it);  // quiet for a whole interval: the next one logs at once
    }
  }
  return lines;
}

}  // namespace pln
