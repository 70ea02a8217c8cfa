#include "app/accounts/password_hasher.h"

#include <algorithm>
#include <exception>
#include <future>
#include <optional>

#include <sys/resource.h>
#include <unistd.h>

#include "base/crypto.h"

namespace pln::app {

PasswordHasher::PasswordHasher(int threads, int queue)
    : capacity_(std::max(1, threads) + std::max(0, queue)) {
  for (int i = 0; i < std::max(1, threads); ++i) workers_.emplace_back([this] { Work(); });
}

PasswordHasher::~PasswordHasher() {
  {
    MutexLock lock(mu_);
    stopping_ = true;
  }
  wake_.NotifyAll();
  for (std::thread& t : workers_) t.join();
}

Result<std::string> PasswordHasher::Hash(std::string_view password, std::string_view strength) {
  std::optional<Result<std::string>> out;
  RETURN_IF_ERROR(Run([&] { out.emplace(HashPassword(password, strength)); }));
  return std::move(*out);
}

Result<bool> PasswordHasher::Verify(std::string_view hash, std::string_view password) {
  bool ok = false;
  RETURN_IF_ERROR(Run([&] { ok = VerifyPassword(hash, password); }));
  return ok;
}

Status PasswordHasher::Run(std::function<void()> job) {
  std::promise<void> done;
  std::future<void> finished = done.get_future();
  {
    MutexLock lock(mu_);
    if (in_flight_ >= capacity_) {
      return Error(ErrorKind::kUnavailable, "busy",
                   "The server is busy checking passwords. Try again in a second.")
          .WithRetryAfter(1);
    }
    ++in_flight_;
    jobs_.push_back([this, &job, &done] {
      // An exception (std::bad_alloc from libsodium's 64 MiB, say) goes to the caller; left to
      // escape, it would end the worker thread, and with it the process.
      std::exception_ptr failure;
      try {
        job();
      } catch (...) {
        failure = std::current_exception();
      }
      {
        // Before waking the caller, so it may submit again at once.
        MutexLock done_lock(mu_);
        --in_flight_;
      }
      if (failure) {
        done.set_exception(failure);
      } else {
        done.set_value();
      }
    });
  }
  wake_.NotifyOne();
  try {
    finished.get();  // waits: the job refers to this frame
  } catch (const std::exception& e) {
    return InternalError(std::string("password hashing failed: ") + e.what());
  } catch (...) {
    return InternalError("password hashing failed");
  }
  return Status::Ok();
}

void PasswordHasher::Work() {
  // Hashing is bulk CPU work; lower this thread's priority (Linux: nice is per
  // thread) so request handling on the HTTP threads preempts it. Best effort.
  setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10);
  for (;;) {
    std::function<void()> job;
    {
      MutexLock lock(mu_);
      while (!stopping_ && jobs_.empty()) wake_.Wait(mu_);
      if (jobs_.empty()) return;  // stopping, and nothing left to finish
      job = std::move(jobs_.front());
      jobs_.pop_front();
    }
    job();
  }
}

}  // namespace pln::app
