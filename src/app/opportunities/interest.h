// "I'm interested" (issue 18): a member tells the poster of an open post that
// they are interested, with a short note; withdraws it; sees their own list.
// The poster sees who is interested, with their summaries (members blocked
// either way with the poster are left out). Events: InterestExpressed (the
// notification consumer tells the poster) and InterestWithdrawn.
// Thread-safe (stateless over Store).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "app/opportunities/views.h"
#include "app/repositories.h"
#include "base/clock.h"
#include "base/ids.h"
#include "base/result.h"
#include "domain/member.h"

namespace pln::app {

class OpportunityInterest {
 public:
  virtual ~OpportunityInterest() = default;
  // kNotFound as OpportunityPosting::Get; kValidation "note" (domain::NormalizeInterestNote)
  // or for one's own post; kConflict "not_open" unless the post is open;
  // kConflict "already_interested" the second time.
  virtual Result<OpportunityView> Express(const domain::Viewer& me, OpportunityId id,
                                          const std::string& note) = 0;
  // kNotFound "interest" when the member was not interested (or may not see the post).
  virtual Status Withdraw(const domain::Viewer& me, OpportunityId id) = 0;
  // The member's interests, newest first, the posts they may still see.
  virtual Result<std::vector<MyInterestView>> Mine(const domain::Viewer& me) = 0;
  // Who is interested in the viewer's post, oldest first. kNotFound as Get;
  // kForbidden "not_poster" for anyone but the poster.
  virtual Result<std::vector<InterestedMemberView>> Interested(const domain::Viewer& me,
                                                               OpportunityId id) = 0;
};

// Borrows `store` and `clock`; they must outlive the result.
std::unique_ptr<OpportunityInterest> MakeOpportunityInterest(Store& store, const Clock& clock);

}  // namespace pln::app
