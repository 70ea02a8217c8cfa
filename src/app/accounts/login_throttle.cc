#include "app/accounts/login_throttle.h"

#include <algorithm>

namespace pln::app {

namespace {

Error TooManyAttempts(int64_t wait_ms) {
  const int retry = static_cast<int>(std::max<int64_t>(1, (wait_ms + 999) / 1000));
  return Error(ErrorKind::kRateLimited, "too_many_attempts",
               "Too many failed attempts. Try again in " + std::to_string(retry) + " seconds.")
      .WithRetryAfter(retry);
}

std::string PairKey(const std::string& account, const std::string& client) {
  std::string key;
  key.reserve(account.size() + client.size() + 1);
  key.append(account).push_back('\n');  // e-mail addresses and IPs hold no newline
  key.append(client);
  return key;
}

}  // namespace

FailureTable::FailureTable(size_t capacity, int64_t memory_ms)
    : capacity_(std::max<size_t>(1, capacity)), memory_ms_(memory_ms) {}

const FailureTable::Entry* FailureTable::Find(const std::string& key, int64_t now) {
  auto it = entries_.find(key);
  if (it == entries_.end()) return nullptr;
  if (now - it->second.last_ms >= memory_ms_) {
    Unindex(it);
    entries_.erase(it);
    return nullptr;
  }
  return &it->second;
}

int FailureTable::Add(const std::string& key, int64_t now) {
  auto it = entries_.find(key);
  if (it == entries_.end()) {
    if (entries_.size() >= capacity_) EvictOne(now);
    it = entries_.emplace(key, Entry{}).first;
  } else {
    Unindex(it);
    if (now - it->second.last_ms >= memory_ms_) it->second.count = 0;
  }
  ++it->second.count;
  it->second.last_ms = std::max(it->second.last_ms, now);
  Index(it);
  return it->second.count;
}

void FailureTable::Subtract(const std::string& key) {
  auto it = entries_.find(key);
  if (it == entries_.end()) return;
  Unindex(it);
  if (--it->second.count <= 0) {
    entries_.erase(it);
    return;
  }
  Index(it);
}

void FailureTable::Erase(const std::string& key) {
  auto it = entries_.find(key);
  if (it == entries_.end()) return;
  Unindex(it);
  entries_.erase(it);
}

void FailureTable::Unindex(Map::iterator it) {
  const std::string_view key = it->first;
  by_count_.erase({it->second.count, it->second.last_ms, key});
  by_age_.erase({it->second.last_ms, key});
}

void FailureTable::Index(Map::iterator it) {
  const std::string_view key = it->first;
  by_count_.insert({it->second.count, it->second.last_ms, key});
  by_age_.insert({it->second.last_ms, key});
}

void FailureTable::EvictOne(int64_t now) {
  // A forgotten entry first; otherwise the fewest failures, oldest first.
  std::string_view victim = std::get<2>(*by_count_.begin());
  if (now - by_age_.begin()->first >= memory_ms_) victim = by_age_.begin()->second;
  auto it = entries_.find(std::string(victim));
  Unindex(it);
  entries_.erase(it);
}

LoginThrottle::LoginThrottle(ThrottleConfig config)
    : config_(config),
      pairs_(config.capacity, config.pair_lockout_ms),
      clients_(config.capacity, config.client_lockout_ms),
      accounts_(config.capacity, config.account_memory_ms) {}

Status LoginThrottle::Check(const std::string& account, const std::string& client, int64_t now) {
  MutexLock lock(mu_);
  if (const auto* e = pairs_.Find(PairKey(account, client), now);
      e != nullptr && e->count >= config_.pair_failures) {
    return TooManyAttempts(e->last_ms + config_.pair_lockout_ms - now);
  }
  if (const auto* e = clients_.Find(client, now);
      e != nullptr && e->count >= config_.client_failures) {
    return TooManyAttempts(e->last_ms + config_.client_lockout_ms - now);
  }
  if (IsKnown(account, client)) return Status::Ok();
  if (const auto* e = accounts_.Find(account, now);
      e != nullptr && e->count >= config_.account_failures) {
    // 30 s, 1 min, 2 min, … per failure beyond the free ones, capped.
    const int steps = std::min(e->count - config_.account_failures, 40);
    const int64_t backoff = std::min(config_.account_backoff_max_ms,
                                     config_.account_backoff_ms * (int64_t{1} << steps));
    const int64_t until = e->last_ms + backoff;
    if (now < until) return TooManyAttempts(until - now);
  }
  return Status::Ok();
}

void LoginThrottle::RecordFailure(const std::string& account, const std::string& client,
                                  int64_t now) {
  MutexLock lock(mu_);
  pairs_.Add(PairKey(account, client), now);
  clients_.Add(client, now);
  // A known device's typos do not feed the backoff it is exempt from anyway.
  if (!IsKnown(account, client)) accounts_.Add(account, now);
}

void LoginThrottle::RecordSuccess(const std::string& account, const std::string& client,
                                  int64_t /*now*/) {
  MutexLock lock(mu_);
  pairs_.Erase(PairKey(account, client));
  clients_.Erase(client);
  RememberKnown(account, client);
}

void LoginThrottle::RememberDevice(const std::string& account, const std::string& client) {
  MutexLock lock(mu_);
  RememberKnown(account, client);
}

bool LoginThrottle::IsKnown(const std::string& account, const std::string& client) const {
  auto it = known_.find(account);
  if (it == known_.end()) return false;
  const auto& clients = it->second.clients;
  return std::find(clients.begin(), clients.end(), client) != clients.end();
}

void LoginThrottle::RememberKnown(const std::string& account, const std::string& client) {
  if (config_.known_clients_per_account == 0 || config_.known_accounts == 0) return;
  auto it = known_.find(account);
  if (it == known_.end()) {
    if (known_.size() >= config_.known_accounts) {  // forget the account idle longest
      known_.erase(std::string(known_lru_.back()));
      known_lru_.pop_back();
    }
    it = known_.emplace(account, Known{}).first;
    known_lru_.push_front(it->first);
    it->second.lru = known_lru_.begin();
  } else {
    known_lru_.splice(known_lru_.begin(), known_lru_, it->second.lru);
  }
  auto& clients = it->second.clients;
  clients.erase(std::remove(clients.begin(), clients.end(), client), clients.end());
  clients.insert(clients.begin(), client);
  if (clients.size() > config_.known_clients_per_account) clients.pop_back();
}

RateLimit::RateLimit(int limit, int64_t window_ms, size_t capacity)
    : limit_(limit), window_ms_(window_ms), table_(capacity, window_ms) {}

Status RateLimit::Acquire(const std::string& key, int64_t now, std::string_view what) {
  if (limit_ <= 0) return Status::Ok();
  MutexLock lock(mu_);
  if (const auto* e = table_.Find(key, now); e != nullptr && e->count >= limit_) {
    const int64_t wait_ms = e->last_ms + window_ms_ - now;
    const int retry = static_cast<int>(std::max<int64_t>(1, (wait_ms + 999) / 1000));
    return Error(ErrorKind::kRateLimited, "rate_limited",
                 "Too many " + std::string(what) + " from your address. Try again in " +
                     std::to_string(retry) + " seconds.")
        .WithRetryAfter(retry);
  }
  table_.Add(key, now);
  return Status::Ok();
}

void RateLimit::Refund(const std::string& key) {
  if (limit_ <= 0) return;
  MutexLock lock(mu_);
  table_.Subtract(key);
}

}  // namespace pln::app
