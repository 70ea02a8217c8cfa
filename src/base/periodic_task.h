// Runs a task at start and then every `period` on its own thread until destroyed (the serve
// command's background sweeps: expiry, lapses, reminders).
//
// A task that throws does not end the thread (an exception escaping a std::thread ends the
// process): the exception is caught, reported through `report` (throttled: a sweep that fails
// every few seconds reports once a minute, with a count), and the task runs again next period.
// `report` gets the lines to log (none if it is empty), so this stays free of any logging library.
#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <thread>

#include "base/log_throttle.h"
#include "base/mutex.h"

namespace pln {

class PeriodicTask {
 public:
  using Report = std::function<void(const std::string& line)>;
  static constexpr std::chrono::seconds kReportInterval{60};

  // `name` says which task failed in the reported lines, e.g. "expiry sweep".
  PeriodicTask(std::string name, std::function<void()> task, std::chrono::milliseconds period,
               Report report);
  ~PeriodicTask();
  PeriodicTask(const PeriodicTask&) = delete;
  PeriodicTask& operator=(const PeriodicTask&) = delete;

 private:
  void Loop() EXCLUDES(mu_);
  void RunOnce();  // the task, with its exception caught and reported

  const std::string name_;
  const std::function<void()> task_;
  const std::chrono::milliseconds period_;
  const Report report_;
  LogThrottle failures_{kReportInterval};
  Mutex mu_;
  CondVar cv_;
  bool stop_ GUARDED_BY(mu_) = false;
  std::thread thread_;  // last: starts after the members it uses
};

}  // namespace pln
