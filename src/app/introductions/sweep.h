// The introduction sweep (issue 18): settles every request whose 14 days are
// over — an open one becomes expired, a silently declined one keeps its
// status — and records IntroductionClosed{"expired"}, from which the requester
// hears "not possible this time" (and never who declined). `pln serve` runs it
// every minute and `pln sweep` once; HTTP never calls it. Reads show the same
// state lazily (domain::ShownStatus), so a missed sweep changes no answer, only
// when the notification arrives. Each settle is a conditional update with a
// deduplicated event, so several nodes sweeping at once tell A once.
#pragma once

#include "app/repositories.h"
#include "base/clock.h"
#include "base/result.h"

namespace pln::app {

class IntroductionSweep final {
 public:
  // Borrowed: `store` and `clock` must outlive the sweep.
  IntroductionSweep(Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  // In one write transaction per batch of 500; returns how many were settled.
  // Thread-safe.
  Result<int> Run();

 private:
  Store& store_;
  const Clock& clock_;
};

}  // namespace pln::app
