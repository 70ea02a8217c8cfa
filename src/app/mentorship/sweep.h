// The mentorship sweep (issue 4): what time alone makes happen. `pln serve`
// runs it once a minute and `pln sweep` once; HTTP never calls it. Reads
// show the same state lazily, so a missed sweep changes no answer, only when
// the notifications arrive.
#pragma once

#include "app/repositories.h"
#include "base/clock.h"
#include "base/result.h"

namespace pln::app {

class MentorshipSweep final {
 public:
  // Borrowed: `store` and `clock` must outlive the sweep.
  MentorshipSweep(Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  // In one write transaction: expires overdue requests (telling both sides),
  // sends one reminder per missed check-in period to both parties of each
  // overdue mentorship, and one reminder per period to each side of an
  // alumni tie whose light check-in is due (never between members who block
  // each other). Each reminder has a dedupe key, so running it again or on
  // several nodes sends nothing twice. Returns how many requests expired
  // plus reminders sent. Thread-safe.
  Result<int> Run();

 private:
  Store& store_;
  const Clock& clock_;
};

}  // namespace pln::app
