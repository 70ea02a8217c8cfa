#include "base/periodic_task.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace pln {
namespace {

using std::chrono::milliseconds;

// Waits (up to 10 s) until `done` holds.
template <typename Done>
bool Eventually(Done done) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (!done()) {
    if (std::chrono::steady_clock::now() > deadline) return false;
    std::this_thread::sleep_for(milliseconds(1));
  }
  return true;
}

struct Reports {
  Mutex mu;
  std::vector<std::string> lines GUARDED_BY(mu);
  PeriodicTask::Report Sink() {
    return [this](const std::string& line) {
      MutexLock lock(mu);
      lines.push_back(line);
    };
  }
  std::vector<std::string> Get() {
    MutexLock lock(mu);
    return lines;
  }
};

TEST(PeriodicTaskTest, RunsAtStartAndThenEveryPeriod) {
  std::atomic<int> runs{0};
  Reports reports;
  {
    PeriodicTask task(
        "sweep", [&] { ++runs; }, milliseconds(5), reports.Sink());
    EXPECT_TRUE(Eventually([&] { return runs.load() >= 3; }));
  }
  EXPECT_TRUE(reports.Get().empty());
}

TEST(PeriodicTaskTest, AThrowingTaskRunsAgainNextPeriodAndIsReportedOnce) {
  std::atomic<int> runs{0};
  Reports reports;
  {
    PeriodicTask task(
        "expiry sweep",
        [&] {
          ++runs;
          throw std::runtime_error("database is locked");
        },
        milliseconds(5), reports.Sink());
    EXPECT_TRUE(Eventually([&] { return runs.load() >= 3; }));
    // The first failure is reported at once; its repeats within the minute are only counted.
    const std::vector<std::string> lines = reports.Get();
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0], "expiry sweep failed: database is locked; it runs again next period");
  }
  // Stopping reports the count of the repeats rather than dropping it.
  const std::vector<std::string> lines = reports.Get();
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_NE(lines[1].find("expiry sweep failed: database is locked"), std::string::npos);
  EXPECT_NE(lines[1].find(" in last 60 s)"), std::string::npos);
}

TEST(PeriodicTaskTest, AnExceptionThatIsNotAStdExceptionIsCaughtToo) {
  std::atomic<int> runs{0};
  Reports reports;
  {
    PeriodicTask task(
        "reminders",
        [&] {
          if (++runs == 1) throw 42;
        },
        milliseconds(5), reports.Sink());
    EXPECT_TRUE(Eventually([&] { return runs.load() >= 2; }));
  }
  const std::vector<std::string> lines = reports.Get();
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(
      lines[0],
      "reminders failed: an exception that is not a std::exception; it runs again next period");
}

TEST(PeriodicTaskTest, DestroyingItStopsAWaitOfALongPeriod) {
  Reports reports;
  std::atomic<int> runs{0};
  const auto start = std::chrono::steady_clock::now();
  {
    PeriodicTask task(
        "sweep", [&] { ++runs; }, std::chrono::hours(1), reports.Sink());
    EXPECT_TRUE(Eventually([&] { return runs.load() == 1; }));
  }
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
  EXPECT_EQ(runs.load(), 1);
}

}  // namespace
}  // namespace pln
