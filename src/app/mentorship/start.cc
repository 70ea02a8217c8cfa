#include "app/mentorship/start.h"

#include <utility>

#include "app/events/ports.h"
#include "app/mentorship/loading.h"

namespace pln::app {
namespace {

using domain::MentorshipRequestStatus;

// Closes the mentee's other open requests whose goals overlap `goals`, and
// tells their mentors.
Status CloseOverlapping(Tx& tx, MemberId mentee, const std::vector<std::string>& goals,
                        std::optional<MentorshipRequestId> except, int64_t now) {
  ASSIGN_OR_RETURN(auto open, tx.mentorship().OpenRequestsOf(mentee));
  for (domain::MentorshipRequest& r : open) {
    if ((except && r.id == *except) || !domain::GoalsOverlap(goals, r.goals)) continue;
    const MentorshipRequestStatus before = r.status;
    r.status = MentorshipRequestStatus::kMatchedElsewhere;
    r.closed_at = now;
    ASSIGN_OR_RETURN(bool changed, tx.mentorship().UpdateRequest(r, before));
    if (!changed) continue;
    RETURN_IF_ERROR(Emit(tx, MentorshipMatchedElsewhere{r.id, mentee, r.mentor}, now));
  }
  return Status::Ok();
}

}  // namespace

Result<MentorshipId> StartMentorship(Tx& tx, MemberId mentee, MemberId mentor,
                                     const std::vector<std::string>& goals, domain::Cadence cadence,
                                     std::optional<MentorshipRequestId> request,
                                     std::optional<int64_t> program, int64_t now) {
  // A program pair is bound by the capacity the lead set for the program (the
  // solver kept it); the personal offer's capacity governs personal requests.
  // Either kind counts as an active mentee against the offer's open slots.
  ASSIGN_OR_RETURN(auto offer, tx.mentorship().GetOffer(mentor));
  if (offer && !program) {
    ASSIGN_OR_RETURN(int active, tx.mentorship().CountActiveAsMentor(mentor));
    if (active >= offer->capacity) {
      return ConflictError("mentor_full",
                           "No mentoring slot is left: all " + std::to_string(offer->capacity) +
                               " are taken. End a mentorship or raise the capacity.");
    }
  }
  domain::Mentorship m;
  m.mentor = mentor;
  m.mentee = mentee;
  m.request = request;
  m.program = program;
  m.cadence = cadence;
  m.started_at = now;
  for (const std::string& g : goals) m.goals.push_back({0, g, domain::GoalStatus::kOpen, now});
  ASSIGN_OR_RETURN(MentorshipId id, tx.mentorship().CreateMentorship(m));
  RETURN_IF_ERROR(CloseOverlapping(tx, mentee, goals, request, now));
  return id;
}

Result<MentorshipId> CreateAcceptedMentorship(Tx& tx, const NewMentorshipTerms& terms,
                                              int64_t now) {
  if (terms.mentee == terms.mentor) {
    return ValidationError({{"mentor", "cannot mentor themself"}});
  }
  ASSIGN_OR_RETURN(auto people, LoadMembers(tx, {terms.mentee, terms.mentor}));
  if (!people.contains(terms.mentee) || !people.contains(terms.mentor)) {
    return NotFoundError("member");
  }
  ASSIGN_OR_RETURN(bool blocked, BlockedEitherWay(tx, terms.mentee, terms.mentor));
  if (blocked) return ConflictError("blocked", "These two members block each other.");
  std::vector<std::string> goals;
  if (!terms.goals.empty()) {
    ASSIGN_OR_RETURN(auto clean, domain::ValidateRequestInput({"-", terms.goals}));
    goals = std::move(clean.goals);
  }
  ASSIGN_OR_RETURN(MentorshipId id,
                   StartMentorship(tx, terms.mentee, terms.mentor, goals, terms.cadence,
                                   std::nullopt, terms.program_id, now));
  RETURN_IF_ERROR(Emit(tx, MentorshipStarted{id, terms.mentee, terms.mentor}, now));
  return id;
}

}  // namespace pln::app
