// The deadline sweep of feedback requests, run periodically by `pln serve`
// (and once by `pln sweep`); not an HTTP route. Thread-safe (stateless over
// Store); concurrent sweeps, also on other nodes, are harmless.
#pragma once

#include <cstdint>

#include "app/repositories.h"
#include "base/result.h"

namespace pln::app {

// What one run of the deadline sweep did.
struct SweepResult {
  int64_t lapsed = 0;         // slots newly written as lapsed
  int64_t reminders_due = 0;  // reminders handed to Notify (it keeps each one once)
};

class FeedbackReminders {
 public:
  // Borrows `store`; it must outlive the sweep.
  explicit FeedbackReminders(Store& store) : store_(store) {}

  // Writes "lapsed" on the slots whose deadline passed, and reminds every
  // reviewer who still owes an answer two days before the deadline and on
  // the day itself, by an in-app notification. Each reminder is sent once
  // (dedupe keys), however often the sweep runs.
  Result<SweepResult> SendDue(int64_t now);

 private:
  Store& store_;
};

}  // namespace pln::app
