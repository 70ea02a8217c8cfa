// Agreed mentorships (issue 4): goals, check-ins, the end and the completion
// feedback each side leaves afterwards. The alumni tie that remains is
// alumni.h's.
//
// Privacy: a mentorship exists only for its two parties; anyone else — and a
// party once the two block each other — gets kNotFound, exactly as for a
// missing one. Thread-safe (stateless over Store; every change in one
// Store::Write).
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

class Mentorships {
 public:
  virtual ~Mentorships() = default;

  // The caller's mentorships, newest first, leaving out blocked counterparts.
  virtual Result<std::vector<MentorshipView>> List(MemberId me) = 0;
  virtual Result<MentorshipView> Get(MemberId me, MentorshipId id) = 0;
  // Goals: either side, active mentorships only (kConflict "ended"); at most
  // 10 (kConflict "too_many_goals"); kNotFound "goal" for another's goal id.
  virtual Result<MentorshipView> AddGoal(MemberId me, MentorshipId id, const std::string& text) = 0;
  virtual Result<MentorshipView> UpdateGoal(MemberId me, MentorshipId id, int64_t goal,
                                            const GoalChange& change) = 0;
  virtual Result<MentorshipView> DeleteGoal(MemberId me, MentorshipId id, int64_t goal) = 0;
  // A check-in on an active mentorship; the other side is told.
  virtual Result<MentorshipView> AddCheckIn(MemberId me, MentorshipId id,
                                            domain::CheckIn input) = 0;
  // Either side ends it (kConflict "ended" the second time).
  virtual Result<MentorshipView> End(MemberId me, MentorshipId id, const std::string& note) = 0;
  // After the end, once per side (kConflict "still_active" before).
  virtual Result<MentorshipView> LeaveFeedback(MemberId me, MentorshipId id,
                                               domain::CompletionFeedback input) = 0;
};

// `store` and `clock` are borrowed and must outlive the result.
std::unique_ptr<Mentorships> MakeMentorships(Store& store, const Clock& clock);

}  // namespace pln::app
