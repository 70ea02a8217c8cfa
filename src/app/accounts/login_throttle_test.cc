#include "app/accounts/login_throttle.h"

#include <gtest/gtest.h>

namespace pln::app {
namespace {

constexpr int64_t kMinute = 60 * 1000;

ThrottleConfig SmallConfig() {
  ThrottleConfig c;
  c.pair_failures = 5;
  c.client_failures = 20;
  c.account_failures = 20;
  c.account_backoff_ms = 30 * 1000;
  c.capacity = 64;
  return c;
}

bool Limited(LoginThrottle& t, const std::string& account, const std::string& client, int64_t now) {
  Status s = t.Check(account, client, now);
  return !s.ok() && s.error().kind() == ErrorKind::kRateLimited;
}

void Fail(LoginThrottle& t, const std::string& account, const std::string& client, int64_t now,
          int times) {
  for (int i = 0; i < times; ++i) t.RecordFailure(account, client, now);
}

TEST(LoginThrottleTest, FiveFailuresLockOnlyThatClient) {
  LoginThrottle t(SmallConfig());
  Fail(t, "owner@x", "10.0.0.66", 1000, 5);
  EXPECT_TRUE(Limited(t, "owner@x", "10.0.0.66", 1000));
  EXPECT_FALSE(Limited(t, "owner@x", "10.0.0.1", 1000));  // the owner elsewhere
  Status s = t.Check("owner@x", "10.0.0.66", 1000);
  ASSERT_TRUE(s.error().retry_after().has_value());
  EXPECT_EQ(*s.error().retry_after(), 15 * 60);
  EXPECT_FALSE(Limited(t, "owner@x", "10.0.0.66", 1000 + 15 * kMinute));  // lockout is over
}

TEST(LoginThrottleTest, SuccessResetsThePairCount) {
  LoginThrottle t(SmallConfig());
  Fail(t, "a@x", "c1", 0, 4);
  t.RecordSuccess("a@x", "c1", 1);
  Fail(t, "a@x", "c1", 2, 4);
  EXPECT_FALSE(Limited(t, "a@x", "c1", 3));  // 4 + 4 failures, but a success between
  Fail(t, "a@x", "c1", 3, 1);
  EXPECT_TRUE(Limited(t, "a@x", "c1", 4));
}

TEST(LoginThrottleTest, ClientSprayingManyAccountsIsLocked) {
  LoginThrottle t(SmallConfig());
  for (int i = 0; i < 20; ++i) t.RecordFailure("victim" + std::to_string(i) + "@x", "c66", 0);
  EXPECT_TRUE(Limited(t, "fresh@x", "c66", 1));
  EXPECT_FALSE(Limited(t, "fresh@x", "c1", 1));
}

TEST(LoginThrottleTest, DistributedGuessingBacksOffUnknownClientsButNotKnownDevices) {
  LoginThrottle t(SmallConfig());
  t.RecordSuccess("owner@x", "home", 0);
  // 20 attackers, one failure each: no pair or client limit is reached.
  for (int i = 0; i < 20; ++i) t.RecordFailure("owner@x", "bot" + std::to_string(i), 100);
  Status s = t.Check("owner@x", "bot-new", 101);  // backoff: 30 s after the 20th
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(*s.error().retry_after(), 30);
  EXPECT_FALSE(Limited(t, "owner@x", "home", 101));  // the owner's known device
  EXPECT_FALSE(Limited(t, "owner@x", "bot-new", 100 + 30 * 1000));
  t.RecordFailure("owner@x", "bot-new", 100 + 30 * 1000);  // the 21st doubles it
  EXPECT_EQ(*t.Check("owner@x", "bot-x", 100 + 30 * 1000).error().retry_after(), 60);
}

TEST(LoginThrottleTest, RememberedDeviceSkipsTheBackoffButKeepsItsCounts) {
  LoginThrottle t(SmallConfig());
  for (int i = 0; i < 19; ++i) t.RecordFailure("v" + std::to_string(i) + "@x", "c66", 0);
  for (int i = 0; i < 20; ++i) t.RecordFailure("new@x", "bot" + std::to_string(i), 0);
  t.RememberDevice("new@x", "c66");              // c66 created new@x
  EXPECT_FALSE(Limited(t, "new@x", "c66", 1));   // known: no account backoff
  t.RecordFailure("new@x", "c66", 1);            // the 20th failure of c66 over all accounts
  EXPECT_TRUE(Limited(t, "other@x", "c66", 2));  // its count was not cleared by the sign-up
}

TEST(LoginThrottleTest, AccountBackoffIsCapped) {
  ThrottleConfig c = SmallConfig();
  c.capacity = 1000;
  LoginThrottle t(c);
  for (int i = 0; i < 200; ++i) t.RecordFailure("a@x", "bot" + std::to_string(i), 0);
  Status s = t.Check("a@x", "new", 1);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(*s.error().retry_after(), 15 * 60);
}

TEST(LoginThrottleTest, FloodingTheTableDoesNotLiftALockout) {
  LoginThrottle t(SmallConfig());  // 64 entries per table
  Fail(t, "owner@x", "attacker", 0, 5);
  ASSERT_TRUE(Limited(t, "owner@x", "attacker", 1));
  // Ten times the capacity of fresh (account, client) pairs, one failure each.
  for (int i = 0; i < 640; ++i) {
    t.RecordFailure("spray" + std::to_string(i) + "@x", "ip" + std::to_string(i), 2);
  }
  EXPECT_TRUE(Limited(t, "owner@x", "attacker", 3));
}

TEST(FailureTableTest, EvictsForgottenEntriesFirstThenFewestFailures) {
  FailureTable table(3, /*memory_ms=*/100);
  table.Add("old", 0);
  table.Add("old", 0);
  table.Add("busy", 150);
  table.Add("busy", 150);
  table.Add("one", 160);
  table.Add("new", 170);  // full: "old" (two failures, but forgotten) goes
  EXPECT_EQ(table.Find("old", 170), nullptr);
  table.Add("newer", 180);  // full: fewest failures, oldest first: "one"
  EXPECT_EQ(table.Find("one", 180), nullptr);
  ASSERT_NE(table.Find("busy", 180), nullptr);
  EXPECT_EQ(table.Find("busy", 180)->count, 2);
  EXPECT_EQ(table.size(), 3u);
}

TEST(FailureTableTest, CountRestartsAfterTheMemoryPeriod) {
  FailureTable table(8, 100);
  table.Add("k", 0);
  table.Add("k", 50);
  EXPECT_EQ(table.Add("k", 149), 3);  // 99 ms after the last failure: still counted
  EXPECT_EQ(table.Add("k", 249), 1);  // 100 ms: forgotten, counting starts again
}

TEST(RateLimitTest, RefusesBeyondTheLimitPerKeyUntilTheWindowPassed) {
  RateLimit limit(2, /*window_ms=*/60'000, 16);
  EXPECT_TRUE(limit.Acquire("a", 0, "sign-ups").ok());
  EXPECT_TRUE(limit.Acquire("a", 10, "sign-ups").ok());
  Status third = limit.Acquire("a", 20, "sign-ups");
  ASSERT_FALSE(third.ok());
  EXPECT_EQ(third.error().kind(), ErrorKind::kRateLimited);
  EXPECT_EQ(*third.error().retry_after(), 60);
  EXPECT_TRUE(limit.Acquire("b", 20, "sign-ups").ok());           // another client
  EXPECT_TRUE(limit.Acquire("a", 60'010, "sign-ups").ok());       // window passed
  EXPECT_TRUE(RateLimit(0, 1000, 16).Acquire("a", 0, "x").ok());  // 0: no limit
}

TEST(RateLimitTest, ARefundedEventDoesNotCount) {
  RateLimit limit(1, 60'000, 16);
  ASSERT_TRUE(limit.Acquire("a", 0, "sign-ups").ok());
  limit.Refund("a");
  EXPECT_TRUE(limit.Acquire("a", 1, "sign-ups").ok());
  EXPECT_FALSE(limit.Acquire("a", 2, "sign-ups").ok());
}

}  // namespace
}  // namespace pln::app
