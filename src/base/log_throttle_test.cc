#include "base/log_throttle.h"

#include <gtest/gtest.h>

namespace pln {
namespace {

using std::chrono::seconds;

TEST(LogThrottleTest, LogsTheFirstOccurrenceAndCountsRepeats) {
  LogThrottle throttle(seconds(10));
  const LogThrottle::Clock::time_point t0{};
  EXPECT_EQ(throttle.Record("accept failed: Too many open files", t0),
            "accept failed: Too many open files");
  for (int i = 1; i <= 122; ++i) {
    EXPECT_FALSE(throttle.Record("accept failed: Too many open files", t0 + seconds(i % 10)));
  }
  EXPECT_EQ(throttle.Record("accept failed: Too many open files", t0 + seconds(10)),
            "accept failed: Too many open files (x123 in last 10 s)");
  // A new window starts with the line just logged.
  EXPECT_FALSE(throttle.Record("accept failed: Too many open files", t0 + seconds(11)));
}

TEST(LogThrottleTest, MessagesAreCountedSeparately) {
  LogThrottle throttle(seconds(10));
  const LogThrottle::Clock::time_point t0{};
  EXPECT_TRUE(throttle.Record("a", t0));
  EXPECT_TRUE(throttle.Record("b", t0));
  EXPECT_FALSE(throttle.Record("a", t0));
}

TEST(LogThrottleTest, FlushReportsTheLastBurstAndThenForgets) {
  LogThrottle throttle(seconds(10));
  const LogThrottle::Clock::time_point t0{};
  EXPECT_TRUE(throttle.Record("m", t0));
  EXPECT_FALSE(throttle.Record("m", t0 + seconds(1)));
  EXPECT_FALSE(throttle.Record("m", t0 + seconds(2)));
  EXPECT_TRUE(throttle.Flush(t0 + seconds(9)).empty());
  EXPECT_EQ(throttle.Flush(t0 + seconds(10)), std::vector<std::string>{"m (x2 in last 10 s)"});
  // Quiet for a whole interval: forgotten, so the next occurrence logs at once.
  EXPECT_TRUE(throttle.Flush(t0 + seconds(20)).empty());
  EXPECT_EQ(throttle.Record("m", t0 + seconds(21)), "m");
}

}  // namespace
}  // namespace pln
