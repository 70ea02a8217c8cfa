// Starting a mentorship: from an accepted request (requests.cc) or without
// one, for a published cohort program (program_mentorships.cc). Both run in
// the caller's transaction, so the mentorship commits with the change that
// made it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/repositories.h"
#include "base/ids.h"
#include "base/result.h"
#include "domain/mentorship.h"

namespace pln::app {

// Terms of a mentorship made without a request (cohort programs).
struct NewMentorshipTerms {
  MemberId mentee, mentor;
  std::vector<std::string> goals;  // 0..5, validated like request goals
  domain::Cadence cadence = domain::Cadence::kBiweekly;
  std::optional<int64_t> program_id;
};

// Creates an already-accepted mentorship inside the caller's transaction (the
// programs helper publishes an assignment this way). Rules: kNotFound
// "member" for an unknown member; kConflict "blocked" when the two block each
// other; kConflict "already_mentoring" for a pair already in an active
// mentorship. Capacity: when the mentor has a mentor offer, its capacity must
// still have room (kConflict "mentor_full"), paused or not; a program mentor
// without an offer is bounded by the program's own capacity, which the
// caller enforces. The mentee's open requests with overlapping goals are
// closed "matched_elsewhere" and their mentors told, as for an accept; both
// parties get a notification.
Result<MentorshipId> CreateAcceptedMentorship(Tx& tx, const NewMentorshipTerms& terms, int64_t now);

// Starts a mentorship between the two, after the caller checked blocks and
// validated the goals. Enforces the offer's capacity for a personal request
// (kConflict "mentor_full"), and closes the mentee's other open requests
// whose goals overlap as matched_elsewhere (telling their mentors).
Result<MentorshipId> StartMentorship(Tx& tx, MemberId mentee, MemberId mentor,
                                     const std::vector<std::string>& goals, domain::Cadence cadence,
                                     std::optional<MentorshipRequestId> request,
                                     std::optional<int64_t> program, int64_t now);

}  // namespace pln::app
