// Mentorship requests (issue 4) and their life cycle: a mentee asks a mentor
// with an open offer; the mentor accepts, declines or asks a question the
// mentee answers; the mentee may withdraw; an unanswered request expires.
//
// Privacy: a request exists only for its two parties; anyone else — and a
// party once the two block each other — gets kNotFound, exactly as for a
// missing request.
//
// Race safety: every change runs in one serializable Store::Write. Capacity is
// counted inside the accepting transaction (SQLite serialises writers;
// PostgreSQL SERIALIZABLE aborts one of two racing accepts, which the store
// retries and which then sees the full offer or the closed request). Status
// changes are conditional updates and a partial unique index allows one
// active mentorship per pair, so even a lost race cannot break a rule.
//
// Expiry (expiry.h) is applied lazily inside every write of the member
// concerned and shown on every read; MentorshipSweep records it for everyone.
// Thread-safe (stateless over Store).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "app/mentorship/views.h"
#include "app/repositories.h"
#include "base/clock.h"
#include "base/ids.h"
#include "base/result.h"
#include "domain/mentorship.h"

namespace pln::app {

struct MentorshipRequestConfig {
  int64_t request_ttl_ms = 14LL * 24 * 3600 * 1000;  // default 14 days
};

class MentorshipRequests {
 public:
  virtual ~MentorshipRequests() = default;

  // kValidation (message, goals), kNotFound for an unknown/blocked mentor or
  // one without an open offer, kValidation "mentor" for oneself, kConflict
  // "too_many_open_requests" at 5 open ones, "request_open" for a second
  // open request to the same mentor, "already_mentoring", "mentor_full".
  virtual Result<MentorshipRequestView> Create(MemberId me, MemberId mentor,
                                               domain::MentorshipRequestInput input) = 0;
  virtual Result<MentorshipRequestView> Get(MemberId me, MentorshipRequestId id) = 0;
  // The newest 100 where `me` has `role`, leaving out blocked counterparts.
  virtual Result<std::vector<MentorshipRequestView>> List(MemberId me, MentorshipRole role) = 0;

  // Each transition: kNotFound as above, kConflict from the state rule
  // (domain::DecideRequestTransition) or "not_open" when a concurrent
  // transaction changed the request first.
  // Accept: kConflict "mentor_full" when no slot is left; closes the mentee's
  // other open requests with overlapping goals as matched_elsewhere.
  virtual Result<MentorshipRequestView> Accept(MemberId me, MentorshipRequestId id) = 0;
  virtual Result<MentorshipRequestView> Decline(MemberId me, MentorshipRequestId id,
                                                const std::string& reason) = 0;
  virtual Result<MentorshipRequestView> Withdraw(MemberId me, MentorshipRequestId id) = 0;
  virtual Result<MentorshipRequestView> AskInfo(MemberId me, MentorshipRequestId id,
                                                const std::string& question) = 0;
  // The answer gives the mentor a full `request_ttl_ms` again.
  virtual Result<MentorshipRequestView> Answer(MemberId me, MentorshipRequestId id,
                                               const std::string& answer) = 0;
};

// `store` and `clock` are borrowed and must outlive the result.
std::unique_ptr<MentorshipRequests> MakeMentorshipRequests(Store& store, const Clock& clock,
                                                           MentorshipRequestConfig config);

}  // namespace pln::app
