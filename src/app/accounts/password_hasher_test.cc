#include "app/accounts/password_hasher.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "base/crypto.h"

namespace pln::app {
namespace {

TEST(PasswordHasherTest, HashesAndVerifiesOnTheWorkers) {
  ASSERT_TRUE(InitCrypto().ok());
  PasswordHasher hasher(1, 0);
  auto hash = hasher.Hash("correct horse battery staple", "min");
  ASSERT_TRUE(hash.ok());
  auto right = hasher.Verify(*hash, "correct horse battery staple");
  auto wrong = hasher.Verify(*hash, "wrong horse battery staple");
  ASSERT_TRUE(right.ok() && wrong.ok());
  EXPECT_TRUE(*right);
  EXPECT_FALSE(*wrong);
}

TEST(PasswordHasherTest, CallersWithinTheCapacityAllGetAnAnswer) {
  ASSERT_TRUE(InitCrypto().ok());
  PasswordHasher hasher(1, 3);  // room for 4 callers at once
  std::vector<std::thread> callers;
  std::vector<int> ok(4, 0);
  for (int i = 0; i < 4; ++i) {
    callers.emplace_back(
        [&, i] { ok[i] = hasher.Hash("password " + std::to_string(i), "min").ok(); });
  }
  for (std::thread& t : callers) t.join();
  EXPECT_EQ(ok, std::vector<int>(4, 1));
}

}  // namespace
}  // namespace pln::app
