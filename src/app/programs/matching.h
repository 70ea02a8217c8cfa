// A cohort program's matching: run the optimal matching
// (app/programs/optimal_matching.h) into a proposal the leads review, then
// publish it once, which creates the mentorships through the sink
// (app/programs/ports.h). Leads only; outsiders get kNotFound "program"
// (app/programs/access.h).
//
// Thread safety: stateless over Store; safe from any thread.
#pragma once

#include <memory>

#include "app/programs/ports.h"
#include "app/programs/views.h"
#include "app/repositories.h"
#include "base/clock.h"
#include "base/result.h"

namespace pln::app {

class ProgramMatching {
 public:
  virtual ~ProgramMatching() = default;
  // Computes and stores the proposal (replacing any earlier one); status
  // becomes matching. kConflict "wrong_status" once published, kConflict
  // "no_participants" without mentees and mentors, kValidation
  // "constraints[i]" for a pin the matching cannot keep.
  virtual Result<ProposalView> Run(MemberId me, ProgramId id) = 0;
  // kNotFound "proposal" before matching ran.
  virtual Result<ProposalView> Proposal(MemberId me, ProgramId id) = 0;
  // Once: kConflict "wrong_status" unless matching ran and nothing was
  // published, kConflict "stale_proposal" when participants, preferences or
  // constraints changed since. In one transaction: status → published, the
  // sink creates the mentorships, each matched participant is notified.
  virtual Result<ProgramView> Publish(MemberId me, ProgramId id) = 0;
};

// Borrowed, and must outlive the result: `store`, `clock`, `sink`
// (app::ProgramMentorships).
std::unique_ptr<ProgramMatching> MakeProgramMatching(Store& store, const Clock& clock,
                                                     ProgramMentorshipSink& sink);

}  // namespace pln::app
