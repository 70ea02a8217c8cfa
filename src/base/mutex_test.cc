#include "base/mutex.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

namespace pln {
namespace {

struct Counter {
  Mutex mu;
  int value GUARDED_BY(mu) = 0;
};

TEST(MutexTest, MutexLockSerializesWriters) {
  Counter c;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&c] {
      for (int i = 0; i < 10000; ++i) {
        MutexLock lock(c.mu);
        ++c.value;
      }
    });
  }
  for (auto& t : threads) t.join();
  MutexLock lock(c.mu);
  EXPECT_EQ(c.value, 40000);
}

TEST(MutexTest, UnlockedScopeLetsOthersIn) {
  Mutex mu;
  MutexLock lock(mu);
  lock.Unlock();
  const bool free = mu.TryLock();  // free while the scope has dropped it
  if (free) mu.Unlock();
  EXPECT_TRUE(free);
  lock.Lock();
  std::thread other([&mu] {
    const bool taken = mu.TryLock();  // held again: fails
    if (taken) mu.Unlock();
    EXPECT_FALSE(taken);
  });
  other.join();
}

TEST(MutexTest, ReadersShareWritersExclude) {
  SharedMutex mu;
  std::atomic<int> inside{0};
  std::atomic<int> most{0};
  std::vector<std::thread> readers;
  for (int t = 0; t < 3; ++t) {
    readers.emplace_back([&] {
      ReaderMutexLock lock(mu);
      const int now = ++inside;
      int seen = most.load();
      while (now > seen && !most.compare_exchange_weak(seen, now)) {
      }
      // Stay until all three are in (or give up): readers do not wait for each other.
      for (int i = 0; i < 2000 && inside.load() < 3; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
      }
      --inside;
    });
  }
  for (auto& t : readers) t.join();
  EXPECT_EQ(most.load(), 3);
  MutexLock writer(mu);
  std::atomic<bool> got{false};
  std::thread reader([&] {
    ReaderMutexLock lock(mu);
    got = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_FALSE(got.load());  // the writer holds it
  writer.Unlock();
  reader.join();
  EXPECT_TRUE(got.load());
}

TEST(MutexTest, CondVarWakesAWaiterWithTheMutexHeld) {
  struct {
    Mutex mu;
    CondVar cv;
    bool ready GUARDED_BY(mu) = false;
  } s;
  std::thread waker([&s] {
    MutexLock lock(s.mu);
    s.ready = true;
    s.cv.NotifyAll();
  });
  {
    MutexLock lock(s.mu);
    while (!s.ready) s.cv.Wait(s.mu);
    EXPECT_TRUE(s.ready);
  }
  waker.join();
}

TEST(MutexTest, CondVarWaitForTimesOut) {
  Mutex mu;
  CondVar cv;
  MutexLock lock(mu);
  const auto start = std::chrono::steady_clock::now();
  bool notified = true;
  // A spurious wake-up returns true; it is rare enough not to loop forever.
  for (int i = 0; i < 10 && notified; ++i) notified = cv.WaitFor(mu, std::chrono::milliseconds(20));
  EXPECT_FALSE(notified);
  EXPECT_GE(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(20));
}

}  // namespace
}  // namespace pln
