// Feedback requests to chosen reviewers, rubric-based reviews, endorsements
// and the per-skill growth timeline (issue 5).
//
// Privacy: a request and its reviews exist only for the requester and the
// invited reviewers; anyone else (including blocked members) gets kNotFound,
// exactly as for a missing request. Reviewers must be connections of the
// requester and not blocked either way. Thread-safe (stateless over Store).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/connections/connection_service.h"
#include "app/network/network_proximity.h"
#include "app/profiles/profile_service.h"
#include "app/repositories.h"
#include "base/clock.h"
#include "base/result.h"
#include "domain/feedback.h"

namespace pln::app {

struct FeedbackRequestView {
  domain::FeedbackRequest request;
  MemberSummary requester;
  std::vector<MemberSummary> reviewers;  // parallel to request.reviewers
  std::vector<domain::Review> reviews;   // only those the viewer may read
};

// A review the requester chose to show on their profile.
struct ShownReview {
  domain::Review review;
  std::string skill, artifact_title;
  MemberSummary reviewer;
};

struct EndorsementView {
  domain::Endorsement endorsement;
  MemberSummary endorser;
};

// One point of a skill's timeline.
struct TimelinePoint {
  int64_t at = 0;                 // Unix ms
  std::string kind;               // "self_assessment" | "review" | "endorsement" | a source's kind
  int level_centis = 0;           // 100..500; 0 for endorsements
  std::optional<int64_t> source;  // review or endorsement id
};

// One rubric rating of a review, for the per-criterion series.
struct CriterionRating {
  std::string id, name;
  int score = 0;  // 1..5
};

struct ReviewPoint {
  int64_t at = 0;
  ReviewId review;
  int mean_centis = 0;  // 100..500
  std::vector<CriterionRating> criteria;
};

struct EndorsementPoint {
  int64_t at = 0;
  EndorsementId endorsement;
  int cumulative = 0;  // endorsements of the skill up to and including this one
};

struct SelfAssessmentPoint {
  int64_t at = 0;
  int level = 0;  // 1..5
};

// A series contributed by a TimelineSource (e.g. completed mentorship goals).
struct ExtraSeries {
  std::string kind;                   // e.g. "mentorship_goal"
  std::vector<TimelinePoint> points;  // oldest first
};

struct SkillTimeline {
  std::string skill;
  std::vector<TimelinePoint> points;  // every series merged, oldest first
  std::vector<SelfAssessmentPoint> self_assessments;
  std::vector<ReviewPoint> reviews;
  std::vector<EndorsementPoint> endorsements;
  std::vector<ExtraSeries> extra;
  int review_count = 0, endorsement_count = 0;
  bool has_outside_feedback = false;
  // The member's own skills (as they name them) with no review and no
  // endorsement yet, in profile order: "ask for feedback on …".
  std::vector<std::string> skills_without_feedback;
};

// An extension point of the timeline: each registered source adds one series
// (for instance the lead's completed mentorship goals). Sources run inside the
// timeline's read transaction, after the built-in series; `skill_norm` is the
// lower-cased skill name. A source that counts as outside feedback sets
// `timeline.has_outside_feedback`.
class TimelineSource {
 public:
  virtual ~TimelineSource() = default;
  virtual Status Contribute(Tx& tx, MemberId member, const std::string& skill_norm,
                            SkillTimeline& timeline) = 0;
};

enum class ReviewerAction { kAccept, kDecline };

// Reciprocity as shown to the member themself.
struct Reciprocity {
  int given = 0, received = 0;
  std::optional<int64_t> median_response_ms;  // absent until they gave a review
  int lapsed = 0;                             // requests they let lapse
  std::optional<int> usefulness_centis;       // mean usefulness of their reviews, 100..500
};

// What one run of the deadline sweep did.
struct SweepResult {
  int64_t lapsed = 0;         // slots newly written as lapsed
  int64_t reminders_due = 0;  // reminders handed to Notify (it keeps each one once)
};

// A suggested reviewer for a skill, with the reasons behind the suggestion.
struct ReviewerSuggestion {
  MemberSummary member;
  int skill_level = 0;               // their self-assessed level, above the requester's
  std::optional<int> hops;           // 1..3 in the network engine; nullopt: farther (a mentor)
  int mutual = 0;                    // connections shared with the requester
  std::optional<MemberSummary> via;  // the first intermediary, when it may be named
  Reciprocity reciprocity;
  std::vector<std::string> reasons;
  int score = 0;  // higher first
};

struct ReviewReaction {
  std::optional<bool> thanked;
  std::optional<std::string> reply;  // once only
  std::optional<int> usefulness;     // 1..5
  std::optional<bool> on_profile;
};

// Records the self-assessments a profile change makes (domain::ChangedSkillLevels)
// inside the caller's transaction, so the history exists exactly when the change does.
Status RecordSelfAssessments(Tx& tx, MemberId member, const std::vector<domain::Skill>& before,
                             const std::vector<domain::Skill>& after, int64_t now);

class FeedbackService {
 public:
  // `proximity` measures closeness for SuggestReviewers (the network engine
  // in `pln serve`; NoProximity() elsewhere, and SuggestReviewers is
  // kUnavailable); borrowed, it must outlive the service. Every timeline
  // gets the series of `timeline_sources` after the built-in ones, in order.
  FeedbackService(Store& store, const Clock& clock, const ProximitySource& proximity,
                  std::vector<std::shared_ptr<TimelineSource>> timeline_sources);

  // kValidation with field details (bad input, past deadline, reviewers who
  // are blocked, or neither connections nor discoverable connections of
  // connections: "reviewers[i]"); nothing is stored then.
  Result<FeedbackRequestView> CreateRequest(MemberId me, domain::FeedbackRequestInput input);
  // kNotFound unless `me` is the requester or an invited reviewer.
  Result<FeedbackRequestView> GetRequest(MemberId me, FeedbackRequestId id);
  // Newest first, `limit` (1..100) a page; `cursor` from the previous page.
  // Stable while requests are added: a page never repeats or skips one.
  Result<Page<FeedbackRequestView>> ListRequests(MemberId me, FeedbackRole role,
                                                 const std::string& cursor, int limit);
  // Reviewer slots read "lapsed" once the deadline day is over (both here and
  // in every view). kNotFound unless `me` is an invited reviewer; kConflict
  // "already_answered" after a review, "lapsed" after the deadline.
  Result<FeedbackRequestView> Respond(MemberId me, FeedbackRequestId id, ReviewerAction action);
  // kValidation for missing/out-of-range ratings; kConflict "declined",
  // "already_reviewed", "lapsed".
  Result<domain::Review> SubmitReview(MemberId me, FeedbackRequestId id, domain::ReviewInput input);
  // Only the requester reacts; kConflict "already_replied" for a second reply.
  Result<domain::Review> React(MemberId me, ReviewId id, const ReviewReaction& reaction);

  // kNotFound for a missing or blocked member; kForbidden "not_connected"
  // unless the two are connected; kConflict "already_endorsed".
  Result<EndorsementView> Endorse(MemberId me, MemberId member, const std::string& skill,
                                  const std::string& note);
  // Endorsements are shown on the profile: any member who may see the
  // member's skills section reads them (kNotFound on a block).
  Result<std::vector<EndorsementView>> ListEndorsements(const domain::Viewer& viewer,
                                                        MemberId member);
  // Reviews `member` chose to show on their profile, for anyone who may see
  // the member's skills section (kNotFound on a block, kForbidden when hidden).
  // Reviews by members the viewer is blocked with are left out.
  Result<std::vector<ShownReview>> ListShownReviews(const domain::Viewer& viewer, MemberId member);
  // The endorser or the endorsed member may remove it.
  Status RemoveEndorsement(MemberId me, EndorsementId id);

  // Feedback given vs received and the median response time of `me`.
  Result<Reciprocity> MyReciprocity(MemberId me);
  // Up to 10 members who rate `skill` above `me`, among those `me` may ask:
  // connections, discoverable connections of connections and active mentors.
  // Ranked by the level gap, closeness in the network engine (CloseTo: hops,
  // common connections, "2 hops away via Ana"), responsiveness (median
  // response time, lapses) and reciprocity (reviews given). Never a member
  // blocked either way, and never one whose skills section `me` may not see.
  Result<std::vector<ReviewerSuggestion>> SuggestReviewers(MemberId me, const std::string& skill);

  // The caller's own timeline for `skill`: every series, and the skills that
  // have no outside feedback yet.
  Result<SkillTimeline> Timeline(MemberId me, const std::string& skill);

  // The deadline sweep, run periodically by `pln serve`: writes "lapsed" on
  // the slots whose deadline passed, and reminds every reviewer who still
  // owes an answer two days before the deadline and on the day itself, by an
  // in-app notification. Each reminder is sent once (dedupe keys), however
  // often the sweep runs.
  Result<SweepResult> SendDueReminders(int64_t now);

 private:
  Store& store_;
  const Clock& clock_;
  const ProximitySource& proximity_;
  const std::vector<std::shared_ptr<TimelineSource>> timeline_sources_;
};

}  // namespace pln::app
