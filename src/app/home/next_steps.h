// Home's next steps (issue 16): what waits for the member across every
// capability, in one read transaction over the existing repositories.
//
// Waiting items: connection requests to answer; mentorship requests to answer
// (as mentor) and questions to answer on their own requests (as mentee);
// feedback requests to review (as reviewer, until the deadline); the next
// check-in of each active mentorship (overdue ones first); programs asking
// them, as a mentee, to rank mentors; and proposals their programs' leads
// must review. Ordered by urgency: an item's key is its due time, or for
// undated ones (a connection request) the time it started waiting plus a week,
// so a request that waited a week ranks with a deadline a week away. Members
// blocked either way with the caller, and deleted ones, never appear.
//
// Cost: a fixed number of queries (each list bounded, one Summaries and one
// Relationships call for every person named) plus at most three per program
// for up to kMaxPrograms programs; never one per item.
//
// Thread safety: stateless over Store; safe from any thread.
#pragma once

#include <memory>

#include "app/home/views.h"
#include "app/repositories.h"
#include "base/clock.h"
#include "base/ids.h"
#include "base/result.h"

namespace pln::app {

class NextSteps {
 public:
  virtual ~NextSteps() = default;
  // The caller's own next steps; kNotFound "member" if they no longer exist.
  virtual Result<NextStepsView> For(MemberId me) = 0;
};

// `store` and `clock` are borrowed and must outlive the result.
std::unique_ptr<NextSteps> MakeNextSteps(Store& store, const Clock& clock);

}  // namespace pln::app
