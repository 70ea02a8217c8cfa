// Dismissing a post from "For you" (issue 18): it never comes back for that
// member. Appends OpportunityDismissed in the same transaction; the For-you
// index reads dismissals per request, so nothing waits for the event.
// Thread-safe (stateless over Store).
#pragma once

#include <memory>

#include "app/repositories.h"
#include "base/clock.h"
#include "base/ids.h"
#include "base/result.h"
#include "domain/member.h"

namespace pln::app {

class OpportunityDismissal {
 public:
  virtual ~OpportunityDismissal() = default;
  // Idempotent. kNotFound as OpportunityPosting::Get (a block reads as absence).
  virtual Status Dismiss(const domain::Viewer& me, OpportunityId id) = 0;
};

// Borrows `store` and `clock`; they must outlive the result.
std::unique_ptr<OpportunityDismissal> MakeOpportunityDismissal(Store& store, const Clock& clock);

}  // namespace pln::app
