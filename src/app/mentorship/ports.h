// Storage for mentor offers, mentorship requests, mentorships, their goals,
// check-ins and completion feedback (issue 4). Declared by the app layer,
// implemented once in src/store/sql. Storage failures come back as
// kInternal/kUnavailable; authorization is decided by the caller
// (the parts in app/mentorship/).
#pragma once

#include <optional>
#include <unordered_map>
#include <vector>

#include "base/ids.h"
#include "base/result.h"
#include "domain/mentorship.h"

namespace pln::app {

enum class MentorshipRole { kMentee, kMentor };

// What discovery and the offer page show about a mentor's load and pace.
struct MentorStats {
  int active = 0;                         // active mentorships
  std::vector<int64_t> response_ms;       // first response − creation, per answered request
  std::optional<int64_t> last_active_at;  // latest request answer, check-in or offer update
};

// An alumni check-in plan on an ended mentorship, with what the sweep needs.
struct AlumniPlanDue {
  domain::AlumniPlan plan;
  MemberId other;  // the other side of the tie
  int64_t ended_at = 0;
  std::optional<int64_t> last_check_in;  // newest alumni check-in by either side
};

class MentorshipRepository {
 public:
  virtual ~MentorshipRepository() = default;

  // Offers: one per mentor, inserted or replaced whole.
  virtual Status PutOffer(const domain::MentorOffer& offer) = 0;
  virtual Result<std::optional<domain::MentorOffer>> GetOffer(MemberId mentor) = 0;
  // Every offer that is not paused, by mentor id.
  virtual Result<std::vector<domain::MentorOffer>> ListOpenOffers() = 0;
  // One query per kind of figure, whatever the number of mentors.
  virtual Result<std::unordered_map<MemberId, MentorStats>> Stats(
      const std::vector<MemberId>& mentors) = 0;

  // Requests. kConflict "request_open" when the mentee already has an open
  // request to this mentor (a unique index, so racing inserts cannot both win).
  virtual Result<MentorshipRequestId> CreateRequest(const domain::MentorshipRequest& r) = 0;
  virtual Result<std::optional<domain::MentorshipRequest>> GetRequest(MentorshipRequestId id) = 0;
  // Newest first, at most `limit`.
  virtual Result<std::vector<domain::MentorshipRequest>> ListRequests(MemberId member,
                                                                      MentorshipRole role,
                                                                      int limit) = 0;
  // The mentee's open (pending or info_requested) requests, oldest first.
  virtual Result<std::vector<domain::MentorshipRequest>> OpenRequestsOf(MemberId mentee) = 0;
  // Saves status, texts and times only if the stored status is still
  // `expected`; false when another transaction changed it first.
  virtual Result<bool> UpdateRequest(const domain::MentorshipRequest& r,
                                     domain::MentorshipRequestStatus expected) = 0;
  // Marks every open request with expires_at <= now expired and returns them
  // (optionally only those where `member` is a party).
  virtual Result<std::vector<domain::MentorshipRequest>> ExpireRequests(
      int64_t now, std::optional<MemberId> member) = 0;

  // Mentorships, with their goals. kConflict "already_mentoring" when the pair
  // already has an active mentorship (a unique index).
  virtual Result<MentorshipId> CreateMentorship(const domain::Mentorship& m) = 0;
  virtual Result<std::optional<domain::Mentorship>> GetMentorship(MentorshipId id) = 0;
  // Where `member` is mentor or mentee, newest first.
  virtual Result<std::vector<domain::Mentorship>> ListMentorships(MemberId member) = 0;
  // Every active mentorship (for the reminder sweep), by id.
  virtual Result<std::vector<domain::Mentorship>> ListActive() = 0;
  virtual Result<int> CountActiveAsMentor(MemberId mentor) = 0;
  // Saves status, end fields, alumni flags and last_check_in_at (not goals).
  virtual Status UpdateMentorship(const domain::Mentorship& m) = 0;
  // Ended mentorships of `member` whose alumni tie both sides show.
  virtual Result<std::vector<domain::Mentorship>> ListAlumni(MemberId member) = 0;

  virtual Result<int64_t> AddGoal(MentorshipId m, const std::string& text, int64_t now) = 0;
  // False when the goal does not belong to the mentorship.
  virtual Result<bool> UpdateGoal(MentorshipId m, const domain::MentorshipGoal& goal) = 0;
  virtual Result<bool> DeleteGoal(MentorshipId m, int64_t goal) = 0;

  virtual Result<int64_t> AddCheckIn(const domain::CheckIn& c) = 0;
  // Newest first (by date, then id).
  virtual Result<std::vector<domain::CheckIn>> ListCheckIns(MentorshipId m) = 0;

  // kConflict "feedback_given" for a second feedback by the same side.
  virtual Status AddFeedback(const domain::CompletionFeedback& f) = 0;
  virtual Result<std::vector<domain::CompletionFeedback>> ListFeedback(MentorshipId m) = 0;

  // Light periodic check-ins of alumni ties. A plan is one side's choice,
  // inserted or replaced; no plan means off.
  virtual Status PutAlumniPlan(const domain::AlumniPlan& plan) = 0;
  virtual Status DeleteAlumniPlan(MentorshipId m, MemberId member) = 0;
  // The plans of one mentorship, by member id.
  virtual Result<std::vector<domain::AlumniPlan>> ListAlumniPlans(MentorshipId m) = 0;
  // Every plan on an ended mentorship (for the sweep), by mentorship then member.
  virtual Result<std::vector<AlumniPlanDue>> ListAlumniPlansDue() = 0;
  virtual Result<int64_t> AddAlumniCheckIn(const domain::AlumniCheckIn& c) = 0;
  // Newest first.
  virtual Result<std::vector<domain::AlumniCheckIn>> ListAlumniCheckIns(MentorshipId m) = 0;
};

}  // namespace pln::app
