// Mutexes the thread-safety analysis understands (base/thread_annotations.h), as thin wrappers:
// pln::Mutex (std::mutex), pln::SharedMutex (std::shared_mutex), the scoped locks MutexLock and
// ReaderMutexLock, and pln::CondVar, a condition variable that waits on a pln::Mutex.
//
//   mutable pln::Mutex mu_;
//   int count_ GUARDED_BY(mu_) = 0;
//   void Add() EXCLUDES(mu_) { pln::MutexLock lock(mu_); ++count_; }
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <shared_mutex>

#include "base/thread_annotations.h"

namespace pln {

class CAPABILITY("mutex") Mutex {
 public:
  Mutex() = default;
  Mutex(const Mutex&) = delete;
  Mutex& operator=(const Mutex&) = delete;

  void Lock() ACQUIRE() { mu_.lock(); }
  void Unlock() RELEASE() { mu_.unlock(); }
  bool TryLock() TRY_ACQUIRE(true) { return mu_.try_lock(); }

 private:
  friend class CondVar;  // waits on mu_ itself, so it can use std::condition_variable
  std::mutex mu_;
};

class CAPABILITY("mutex") SharedMutex {
 public:
  SharedMutex() = default;
  SharedMutex(const SharedMutex&) = delete;
  SharedMutex& operator=(const SharedMutex&) = delete;

  void Lock() ACQUIRE() { mu_.lock(); }
  void Unlock() RELEASE() { mu_.unlock(); }
  void ReaderLock() ACQUIRE_SHARED() { mu_.lock_shared(); }
  void ReaderUnlock() RELEASE_SHARED() { mu_.unlock_shared(); }

 private:
  std::shared_mutex mu_;
};

// Holds a mutex exclusively for its scope. Unlock() and Lock() let a scope drop the mutex around
// slow work and take it back; the destructor releases it only if held.
class SCOPED_CAPABILITY MutexLock {
 public:
  explicit MutexLock(Mutex& mu) ACQUIRE(mu) : mu_(&mu), shared_(nullptr) { mu.Lock(); }
  explicit MutexLock(SharedMutex& mu) ACQUIRE(mu) : mu_(nullptr), shared_(&mu) { mu.Lock(); }
  ~MutexLock() RELEASE() {
    if (held_) Release();
  }
  MutexLock(const MutexLock&) = delete;
  MutexLock& operator=(const MutexLock&) = delete;

  void Unlock() RELEASE() {
    Release();
    held_ = false;
  }
  void Lock() ACQUIRE() {
    if (mu_ != nullptr)
      mu_->Lock();
    else
      shared_->Lock();
    held_ = true;
  }

 private:
  // The analysis tracks the scoped object, not these pointers; the wrappers do the real work.
  void Release() NO_THREAD_SAFETY_ANALYSIS {
    if (mu_ != nullptr)
      mu_->Unlock();
    else
      shared_->Unlock();
  }
  Mutex* const mu_;
  SharedMutex* const shared_;
  bool held_ = true;
};

// Holds a SharedMutex shared (with other readers) for its scope.
class SCOPED_CAPABILITY ReaderMutexLock {
 public:
  explicit ReaderMutexLock(SharedMutex& mu) ACQUIRE_SHARED(mu) : mu_(mu) { mu.ReaderLock(); }
  ~ReaderMutexLock() RELEASE() { mu_.ReaderUnlock(); }
  ReaderMutexLock(const ReaderMutexLock&) = delete;
  ReaderMutexLock& operator=(const ReaderMutexLock&) = delete;

 private:
  SharedMutex& mu_;
};

// A condition variable over a pln::Mutex: Wait* must be called with the mutex held and return
// with it held again (it is released while waiting). Callers loop on their condition
// (`while (!ready_) cv_.Wait(mu_);`) rather than pass a predicate, because the analysis does not
// know that a predicate lambda runs with the mutex held.
class CondVar {
 public:
  void Wait(Mutex& mu) REQUIRES(mu) {
    std::unique_lock<std::mutex> lock(mu.mu_, std::adopt_lock);
    cv_.wait(lock);
    lock.release();  // still held: the caller's scope owns it
  }
  // Returns false if `timeout` passed without a notification (or a spurious wake-up).
  template <typename Rep, typename Period>
  bool WaitFor(Mutex& mu, std::chrono::duration<Rep, Period> timeout) REQUIRES(mu) {
    std::unique_lock<std::mutex> lock(mu.mu_, std::adopt_lock);
    const bool notified = cv_.wait_for(lock, timeout) == std::cv_status::no_timeout;
    lock.release();
    return notified;
  }
  template <typename Clock, typename Duration>
  bool WaitUntil(Mutex& mu, std::chrono::time_point<Clock, Duration> deadline) REQUIRES(mu) {
    std::unique_lock<std::mutex> lock(mu.mu_, std::adopt_lock);
    const bool notified = cv_.wait_until(lock, deadline) == std::cv_status::no_timeout;
    lock.release();
    return notified;
  }
  void NotifyOne() { cv_.notify_one(); }
  void NotifyAll() { cv_.notify_all(); }

 private:
  std::condition_variable cv_;
};

}  // namespace pln
