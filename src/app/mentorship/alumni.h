// The alumni tie (issue 4): an ended mentorship both sides may show on their
// profiles, each side's light periodic check-in plan, and short notes
// between the former partners.
//
// Privacy: the calls on one mentorship are its parties' only (kNotFound
// otherwise, and once the two block each other). A block between the two
// former partners ends the public tie for everyone. Thread-safe (stateless
// over Store).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "app/mentorship/views.h"
#include "app/repositories.h"
#include "base/clock.h"
#include "base/ids.h"
#include "base/result.h"
#include "domain/relationship.h"

namespace pln::app {

class MentorshipAlumni {
 public:
  virtual ~MentorshipAlumni() = default;

  // The caller's consent to show the alumni tie on both profiles.
  virtual Result<MentorshipView> SetVisible(MemberId me, MentorshipId id, bool visible) = 0;
  // The caller's light periodic check-in on an ended mentorship: a reminder
  // every 3 or 6 months, or 0 for none (kValidation "every_months");
  // kConflict "not_ended" while the mentorship is active.
  virtual Result<MentorshipView> SetCheckInPlan(MemberId me, MentorshipId id, int every_months) = 0;
  // A short light check-in note (Markdown, 1..500 characters) on an ended
  // mentorship, seen by both sides; it resets the clock of both plans and
  // tells the other side. kConflict "not_ended" while it is active.
  virtual Result<MentorshipView> AddCheckIn(MemberId me, MentorshipId id,
                                            const std::string& note) = 0;
  // Ties `member` shows on their profile; ties with members the viewer is
  // blocked with are left out (kNotFound when the viewer and the member are).
  virtual Result<std::vector<AlumniTie>> List(const domain::Viewer& viewer, MemberId member) = 0;
};

// `store` and `clock` are borrowed and must outlive the result.
std::unique_ptr<MentorshipAlumni> MakeMentorshipAlumni(Store& store, const Clock& clock);

}  // namespace pln::app
