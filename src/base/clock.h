// Time source. Services take a Clock& so tests can control time.
// Times are Unix milliseconds (int64) everywhere inside pln and in storage.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>

namespace pln {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual int64_t NowMs() const = 0;
};

class SystemClock final : public Clock {
 public:
  int64_t NowMs() const override;
};

// A clock tests move by hand. Thread-safe.
class ManualClock final : public Clock {
 public:
  explicit ManualClock(int64_t start_ms) : now_(start_ms) {}
  int64_t NowMs() const override { return now_.load(); }
  void Advance(int64_t ms) { now_ += ms; }

 private:
  std::atomic<int64_t> now_;
};

// "2026-11-28T15:04:05.123Z"
std::string FormatIso8601(int64_t unix_ms);

}  // namespace pln
