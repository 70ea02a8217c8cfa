#include "base/periodic_task.h"

#include <exception>
#include <optional>
#include <utility>

namespace pln {

PeriodicTask::PeriodicTask(std::string name, std::function<void()> task,
                           std::chrono::milliseconds period, Report report)
    : name_(std::move(name)),
      task_(std::move(task)),
      period_(period),
      report_(report ? std::move(report) : [](const std::string&) {}),
      thread_([this] { Loop(); }) {}

PeriodicTask::~PeriodicTask() {
  {
    MutexLock lock(mu_);
    stop_ = true;
  }
  cv_.NotifyAll();
  thread_.join();
  // Repeats counted since the last report would be lost otherwise.
  for (const std::string& line : failures_.Flush(LogThrottle::Clock::now() + kReportInterval)) {
    report_(line);
  }
}

void PeriodicTask::Loop() {
  MutexLock lock(mu_);
  while (!stop_) {
    lock.Unlock();
    RunOnce();
    lock.Lock();
    const auto next = std::chrono::steady_clock::now() + period_;
    while (!stop_ && std::chrono::steady_clock::now() < next) cv_.WaitUntil(mu_, next);
  }
}

void PeriodicTask::RunOnce() {
  std::optional<std::string> failure;
  try {
    task_();
  } catch (const std::exception& e) {
    failure = e.what();
  } catch (...) {
    failure = "an exception that is not a std::exception";
  }
  if (failure) {
    if (auto line =
            failures_.Record(name_ + " failed: " + *failure + "; it runs again next period")) {
      report_(*line);
    }
  }
  for (const std::string& line : failures_.Flush()) report_(line);
}

}  // namespace pln
