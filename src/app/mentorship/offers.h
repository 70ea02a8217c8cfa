// Mentor offers (issue 4): one per mentor, with what a mentee sees before
// asking (open slots, last activity, median response time).
//
// Privacy: an offer is seen by members who may see the mentor (not blocked
// either way); a paused offer only by its mentor. Thread-safe (stateless over
// Store; every change in one Store::Write).
#pragma once

#include <memory>

#include "app/mentorship/views.h"
#include "app/repositories.h"
#include "base/clock.h"
#include "base/ids.h"
#include "base/result.h"
#include "domain/relationship.h"

namespace pln::app {

class MentorOffers {
 public:
  virtual ~MentorOffers() = default;

  // The caller's own offer (kNotFound "mentor offer" if none).
  virtual Result<OfferView> Mine(MemberId me) = 0;
  // Publishes or replaces the caller's offer; kValidation with field details.
  virtual Result<OfferView> Put(MemberId me, OfferInput input) = 0;
  // Another member's offer; kNotFound for none, a block, or a paused offer.
  virtual Result<OfferView> Get(const domain::Viewer& viewer, MemberId mentor) = 0;
};

// `store` and `clock` are borrowed and must outlive the result.
std::unique_ptr<MentorOffers> MakeMentorOffers(Store& store, const Clock& clock);

}  // namespace pln::app
