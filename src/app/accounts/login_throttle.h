// Throttles password guessing without letting a guesser lock the owner out.
//
// Three failure counts, each in its own bounded table:
// - per (account, client): a short lockout after a few failures. This is the
//   main brake, and it only stops the client that failed.
// - per client across accounts: stops one address spraying many accounts.
// - per account, from clients that never logged in to it: after a generous
//   number of failures, an exponential backoff. A distributed guesser (many
//   addresses) is slowed down, but the owner's known devices are exempt, so
//   guessing cannot keep the owner out.
// "Known devices" are the last few clients that logged in to the account
// successfully. They are kept in memory, not in the database: they only decide
// who skips the account backoff, so losing them on restart costs at most a
// backoff wait for the owner while the account is under attack, and no schema
// or write per login is needed.
//
// Memory is bounded: each table has a fixed capacity. When full, the entry
// evicted is one nobody needs (a forgotten one), else the one with the fewest
// failures (the oldest among those). A flood of new keys therefore evicts
// other one-failure keys, never an account's or pair's lockout, which holds
// the most failures.
//
// Thread-safe (one mutex); times are milliseconds passed in by the caller.
#pragma once

#include <cstddef>
#include <cstdint>
#include <list>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "base/mutex.h"
#include "base/result.h"

namespace pln::app {

struct ThrottleConfig {
  int pair_failures = 5;                       // per (account, client), then locked
  int64_t pair_lockout_ms = 15LL * 60 * 1000;  // from the last failure
  int client_failures = 20;                    // per client over all accounts, then locked
  int64_t client_lockout_ms = 15LL * 60 * 1000;
  int account_failures = 20;               // from unknown clients, before the backoff
  int64_t account_backoff_ms = 30 * 1000;  // first backoff step; doubles per failure
  int64_t account_backoff_max_ms = 15LL * 60 * 1000;
  int64_t account_memory_ms = 24LL * 3600 * 1000;  // account failures are forgotten after this
  size_t capacity = 100000;                        // entries per table
  size_t known_clients_per_account = 4;
  size_t known_accounts = 100000;
};

// Failure counts per key with a fixed capacity (see the file comment).
// Not thread-safe; LoginThrottle locks around it.
class FailureTable {
 public:
  struct Entry {
    int count = 0;
    int64_t last_ms = 0;
  };
  // `memory_ms`: an entry with no failure for this long is forgotten.
  FailureTable(size_t capacity, int64_t memory_ms);
  // The live entry for `key`, or null.
  const Entry* Find(const std::string& key, int64_t now);
  // Counts one failure at `now`; returns the new count.
  int Add(const std::string& key, int64_t now);
  // Takes back one count (the entry goes at zero).
  void Subtract(const std::string& key);
  void Erase(const std::string& key);
  size_t size() const { return entries_.size(); }

 private:
  using Map = std::unordered_map<std::string, Entry>;
  void Unindex(Map::iterator it);
  void Index(Map::iterator it);
  void EvictOne(int64_t now);

  size_t capacity_;
  int64_t memory_ms_;
  Map entries_;
  // Views into the map's keys, which are stable while the entry exists.
  std::set<std::tuple<int, int64_t, std::string_view>> by_count_;  // eviction order
  std::set<std::pair<int64_t, std::string_view>> by_age_;          // oldest failure first
};

class LoginThrottle {
 public:
  explicit LoginThrottle(ThrottleConfig config);
  // kRateLimited "too_many_attempts" (with retry_after) while `client` may not
  // try a password for `account`.
  Status Check(const std::string& account, const std::string& client, int64_t now);
  void RecordFailure(const std::string& account, const std::string& client, int64_t now);
  // Clears the client's counts (for this account and over all accounts) and
  // remembers it as a known device of the account. A sprayer holding one valid
  // account could reset its count this way; the pair limit still stops it at
  // a few guesses per account, and logins_per_minute bounds its volume.
  void RecordSuccess(const std::string& account, const std::string& client, int64_t now);
  // Remembers `client` as a known device of `account` (the one that created
  // it) without clearing any count: a sign-up proves no password.
  void RememberDevice(const std::string& account, const std::string& client);

 private:
  bool IsKnown(const std::string& account, const std::string& client) const REQUIRES(mu_);
  void RememberKnown(const std::string& account, const std::string& client) REQUIRES(mu_);

  ThrottleConfig config_;
  mutable Mutex mu_;
  FailureTable pairs_ GUARDED_BY(mu_);
  FailureTable clients_ GUARDED_BY(mu_);
  FailureTable accounts_ GUARDED_BY(mu_);
  struct Known {
    std::vector<std::string> clients;  // most recent first
    std::list<std::string_view>::iterator lru;
  };
  std::unordered_map<std::string, Known> known_ GUARDED_BY(mu_);
  std::list<std::string_view> known_lru_ GUARDED_BY(mu_);  // most recent first
};

// At most `limit` events per key (a client address); then refused until
// `window_ms` have passed since the last counted one. Bounded like the
// throttle's tables. limit 0: no limit. Thread-safe.
class RateLimit {
 public:
  RateLimit(int limit, int64_t window_ms, size_t capacity);
  // Counts one event; kRateLimited "rate_limited" (with retry_after, and the
  // event not counted) when the key has used its limit. `what` names the
  // action in the message, e.g. "sign-ups".
  Status Acquire(const std::string& key, int64_t now, std::string_view what);
  // Gives back an event the server could not serve (503 busy), so a client
  // is not charged for the server's own congestion.
  void Refund(const std::string& key);

 private:
  const int limit_;
  const int64_t window_ms_;
  Mutex mu_;
  FailureTable table_ GUARDED_BY(mu_);
};

}  // namespace pln::app
