// Argon2 hashing and verification on a small fixed pool of threads.
//
// Why: a hash takes ~70 ms of CPU and 64 MiB ("interactive"). Done on the
// HTTP threads, a burst of sign-ups or logins occupied every one of them and
// GET /me waited behind the burst (0.6 ms -> 600 ms). The HTTP handlers are
// synchronous (see http/server.cc), so the caller still waits here on its
// HTTP thread; what bounds the damage is that at most threads + queue callers
// may wait at once. The composition root keeps that number below the HTTP
// thread count, so some HTTP threads are always free for other requests, and
// a caller beyond it gets kUnavailable "busy" (503 with Retry-After) at once
// instead of queueing behind the burst. The workers run at a lower priority
// (nice 10), so they use the CPU the HTTP threads leave.
//
// Thread-safe. The destructor finishes the jobs already queued, then joins. A job that throws
// fails its caller with kInternal; the worker goes on with the next job.
#pragma once

#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "base/mutex.h"
#include "base/result.h"

namespace pln::app {

class PasswordHasher {
 public:
  // `threads` >= 1 workers; `queue` >= 0 jobs may wait for a worker.
  PasswordHasher(int threads, int queue);
  ~PasswordHasher();
  PasswordHasher(const PasswordHasher&) = delete;
  PasswordHasher& operator=(const PasswordHasher&) = delete;

  // As base/crypto's HashPassword / VerifyPassword, run on a worker.
  // kUnavailable "busy" (retry_after 1 s) when threads + queue jobs are in flight.
  Result<std::string> Hash(std::string_view password, std::string_view strength);
  Result<bool> Verify(std::string_view hash, std::string_view password);

 private:
  // Runs `job` on a worker and waits for it to finish.
  Status Run(std::function<void()> job) EXCLUDES(mu_);
  void Work() EXCLUDES(mu_);

  const int capacity_;  // jobs in flight: running + waiting
  Mutex mu_;
  CondVar wake_;
  std::deque<std::function<void()>> jobs_ GUARDED_BY(mu_);
  int in_flight_ GUARDED_BY(mu_) = 0;
  bool stopping_ GUARDED_BY(mu_) = false;
  std::vector<std::thread> workers_;
};

}  // namespace pln::app
