// Mentorship (issue 4): mentor offers, ranked mentor discovery, requests with
// their life cycle, and agreed mentorships with goals, check-ins, reminders,
// completion feedback and the alumni tie.
//
// Privacy: a request or a mentorship exists only for its two parties; anyone
// else — and a party once the two block each other — gets kNotFound, exactly
// as for a missing object. Offers are seen by members who may see the mentor
// (not blocked either way); discovery lists only discoverable members.
//
// Race safety: every change runs in one serializable Store::Write. Capacity is
// counted inside the accepting transaction (SQLite serialises writers;
// PostgreSQL SERIALIZABLE aborts one of two racing accepts, which the store
// retries and which then sees the full offer or the closed request). Request
// status changes are conditional updates and a partial unique index allows
// one active mentorship per pair, so even a lost race cannot break a rule.
//
// Expiry: open requests expire `request_ttl_ms` after they were sent (or
// after the mentee's last answer to a question). It is applied lazily inside
// every request read and write of the member concerned, and for everyone by
// Sweep(), which `pln serve` runs once a minute together with the overdue
// check-in reminders. Thread-safe (stateless over Store).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/connections/connection_service.h"
#include "app/network/network_proximity.h"
#include "app/repositories.h"
#include "base/clock.h"
#include "base/result.h"
#include "domain/mentorship.h"

namespace pln::app {

struct MentorshipConfig {
  int64_t request_ttl_ms = 14LL * 24 * 3600 * 1000;  // default 14 days
};

// An offer with what a mentee sees before asking.
struct OfferView {
  domain::MentorOffer offer;
  MemberSummary mentor;
  int open_slots = 0;
  std::optional<int64_t> last_active_at;
  std::optional<int64_t> median_response_ms;  // absent until they answered a request
};

struct OfferInput {
  std::vector<std::string> fields, skills;
  std::string help;
  domain::MentorFormat format = domain::MentorFormat::kVideo;
  domain::Cadence cadence = domain::Cadence::kBiweekly;
  int capacity = 1;
  bool paused = false;
};

struct MentorSearch {
  std::optional<std::string> field, skill;
  int limit = 20;
  std::string cursor;
};

struct MentorMatch {
  OfferView offer;
  double score = 0;
  bool full = false;  // no open slot: listed after every mentor with room
  std::vector<std::string> reasons;
};

struct MentorPage {
  std::vector<MentorMatch> items;
  std::string next_cursor;  // empty on the last page
};

struct MentorshipRequestView {
  domain::MentorshipRequest request;
  MemberSummary mentee, mentor;
};

// One side's light periodic check-in on an alumni tie and when it is next due.
struct AlumniPlanView {
  domain::AlumniPlan plan;
  int64_t next_due = 0;
  bool due = false;  // the next check-in is due now
};

struct MentorshipView {
  domain::Mentorship mentorship;
  MemberSummary mentor, mentee;
  std::vector<domain::CheckIn> check_ins;  // newest first
  std::vector<domain::CompletionFeedback> feedback;
  bool check_in_overdue = false;
  int64_t next_check_in_due = 0;
  // Ended mentorships (the alumni tie): each side's check-in plan, by member
  // id, and the light check-in notes of both sides, newest first.
  std::vector<AlumniPlanView> alumni_plans;
  std::vector<domain::AlumniCheckIn> alumni_check_ins;
};

// An ended mentorship both sides show on their profiles.
struct AlumniTie {
  MentorshipId mentorship;
  MemberSummary other;
  std::string role;  // the profile owner's role: "mentor" | "mentee"
  int64_t started_at = 0, ended_at = 0;
};

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

struct GoalChange {
  std::optional<std::string> text;
  std::optional<domain::GoalStatus> status;
};

class MentorshipService {
 public:
  // `proximity` measures closeness for FindMentors (the network engine in
  // `pln serve`; NoProximity() elsewhere, and FindMentors is kUnavailable).
  // Borrowed: it must outlive the service.
  MentorshipService(Store& store, const Clock& clock, MentorshipConfig config,
                    const ProximitySource& proximity);

  // ---- Offers ----
  // The caller's own offer (kNotFound "mentor offer" if none).
  Result<OfferView> MyOffer(MemberId me);
  // Publishes or replaces the caller's offer; kValidation with field details.
  Result<OfferView> PutOffer(MemberId me, OfferInput input);
  // Another member's offer; kNotFound for none, a block, or a paused offer.
  Result<OfferView> GetOffer(const domain::Viewer& viewer, MemberId mentor);

  // Mentors ranked for `me`: fit with my goals/fields/skills (mentor_fit),
  // network proximity up to 3 hops (CloseTo: "2 hops away via Ana"),
  // responsiveness and open capacity. Never self, members blocked
  // either way, non-discoverable members or paused offers. Full offers come
  // last, marked `full`. Reasons use only what `me` may see.
  Result<MentorPage> FindMentors(MemberId me, const MentorSearch& search);

  // ---- Requests ----
  // kValidation (message, goals), kNotFound for an unknown/blocked mentor or
  // one without an open offer, kValidation "mentor" for oneself, kConflict
  // "too_many_open_requests" at 5 open ones, "request_open" for a second
  // open request to the same mentor, "already_mentoring".
  Result<MentorshipRequestView> CreateRequest(MemberId me, MemberId mentor,
                                              domain::MentorshipRequestInput input);
  Result<MentorshipRequestView> GetRequest(MemberId me, MentorshipRequestId id);
  Result<std::vector<MentorshipRequestView>> ListRequests(MemberId me, MentorshipRole role);
  // Accept: kConflict "mentor_full" when no slot is left; closes the mentee's
  // other open requests with overlapping goals as matched_elsewhere.
  Result<MentorshipRequestView> Accept(MemberId me, MentorshipRequestId id);
  Result<MentorshipRequestView> Decline(MemberId me, MentorshipRequestId id,
                                        const std::string& reason);
  Result<MentorshipRequestView> Withdraw(MemberId me, MentorshipRequestId id);
  Result<MentorshipRequestView> AskInfo(MemberId me, MentorshipRequestId id,
                                        const std::string& question);
  Result<MentorshipRequestView> Answer(MemberId me, MentorshipRequestId id,
                                       const std::string& answer);

  // ---- Mentorships ----
  Result<std::vector<MentorshipView>> ListMentorships(MemberId me);
  Result<MentorshipView> GetMentorship(MemberId me, MentorshipId id);
  // Goals (either side, active mentorships only; at most 10 goals).
  Result<MentorshipView> AddGoal(MemberId me, MentorshipId id, const std::string& text);
  Result<MentorshipView> UpdateGoal(MemberId me, MentorshipId id, int64_t goal,
                                    const GoalChange& change);
  Result<MentorshipView> DeleteGoal(MemberId me, MentorshipId id, int64_t goal);
  Result<MentorshipView> AddCheckIn(MemberId me, MentorshipId id, domain::CheckIn input);
  // Either side ends it (kConflict "ended" the second time).
  Result<MentorshipView> End(MemberId me, MentorshipId id, const std::string& note);
  // After the end, once per side.
  Result<MentorshipView> LeaveFeedback(MemberId me, MentorshipId id,
                                       domain::CompletionFeedback input);
  // The caller's consent to show the alumni tie on both profiles.
  Result<MentorshipView> SetAlumniVisible(MemberId me, MentorshipId id, bool visible);
  // The caller's light periodic check-in on an ended mentorship: a reminder
  // every 3 or 6 months, or 0 for none (kValidation "every_months");
  // kConflict "not_ended" while the mentorship is active.
  Result<MentorshipView> SetAlumniCheckIn(MemberId me, MentorshipId id, int every_months);
  // A short light check-in note (Markdown, 1..500 characters) on an ended
  // mentorship, seen by both sides; it resets the clock of both plans and
  // tells the other side. kConflict "not_ended" while it is active.
  Result<MentorshipView> AddAlumniCheckIn(MemberId me, MentorshipId id, const std::string& note);
  // Ties `member` shows on their profile; ties with members the viewer is
  // blocked with are left out (kNotFound when the viewer and the member are).
  Result<std::vector<AlumniTie>> ListAlumni(const domain::Viewer& viewer, MemberId member);

  // Expires overdue requests (telling both sides), sends one reminder per
  // missed check-in period to both parties of each overdue mentorship, and
  // one reminder per period to each side of an alumni tie whose light
  // check-in is due (never between members who block each other).
  // Returns how many requests expired plus reminders sent.
  Result<int> Sweep();

 private:
  // Applies the request changes of one transition (texts, the new
  // mentorship) and records the event the other party is told of.
  using RequestChange =
      std::function<Status(Tx& tx, domain::MentorshipRequest& request, int64_t now)>;
  // One transition in one write transaction: lazy expiry, authorization,
  // the state rule, `change`, then a conditional save (kConflict "not_open"
  // when a concurrent transaction changed the request first).
  Result<MentorshipRequestView> Act(MemberId me, MentorshipRequestId id,
                                    domain::MentorshipRequestAction action,
                                    const RequestChange& change);

  Store& store_;
  const Clock& clock_;
  MentorshipConfig config_;
  const ProximitySource& proximity_;
};

}  // namespace pln::app
