#include "app/password_hasher.h"

#include <algorithm>
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
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  wake_.notify_all();
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
    std::lock_guard lock(mu_);
    if (in_flight_ >= capacity_) {
      return Error(ErrorKind::kUnavailable, "busy",
                   "The server is busy checking passwords. Try again in a second.")
          .WithRetryAfter(1);
    }
    ++in_flight_;
    jobs_.push_back([this, &job, &done] {
      job();
      {
        // Before waking the caller, so it may submit again at once.
        std::lock_guard done_lock(mu_);
        --in_flight_;
      }
      done.set_value();
    });
  }
  wake_.notify_one();
  finished.wait();  // the job refers to this frame
  return Status::Ok();
}

void PasswordHasher::Work() {
  // Hashing is bulk CPU work; lower this thread's priority (Linux: nice is per
  // thread) so request handling on the HTTP threads preempts it. Best effort.
  setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10);
  for (;;) {
    std::function<void()> job;
    {
      std::unique_lock lock(mu_);
      wake_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
      if (jobs_.empty()) return;  // stopping, and nothing left to finish
      job = std::move(jobs_.front());
      jobs_.pop_front();
    }
    job();
  }
}

}  // namespace pln::app
