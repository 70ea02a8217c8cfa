// Feedback requests to chosen reviewers, rubric-based reviews, endorsements
// and the per-skill growth timeline (issue 5).
//
// Privacy: a request and its reviews exist only for the requester and the
// invited reviewers; anyone else (including blocked members) gets kNotFound,
// exactly as for a missing request. Reviewers must be connections of the
// requester and not blocked either way. Thread-safe (stateless over Store).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/connection_service.h"
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
  std::string kind;               // "self_assessment" | "review" | "endorsement"
  int level_centis = 0;           // 100..500; 0 for endorsements
  std::optional<int64_t> source;  // review or endorsement id
};

struct SkillTimeline {
  std::string skill;
  std::vector<TimelinePoint> points;  // oldest first
  int review_count = 0, endorsement_count = 0;
  bool has_outside_feedback = false;
};

enum class ReviewerAction { kAccept, kDecline };

// Reciprocity as shown to the member themself.
struct Reciprocity {
  int given = 0, received = 0;
  std::optional<int64_t> median_response_ms;  // absent until they gave a review
};

// A suggested reviewer for a skill, with the reasons behind the suggestion.
struct ReviewerSuggestion {
  MemberSummary member;
  int skill_level = 0;  // their self-assessed level, 0 if they do not list the skill
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

class FeedbackService {
 public:
  FeedbackService(Store& store, const Clock& clock);

  // kValidation with field details (bad input, past deadline, reviewers who
  // are not connections or are blocked: "reviewers[i]"); nothing is stored then.
  Result<FeedbackRequestView> CreateRequest(MemberId me, domain::FeedbackRequestInput input);
  // kNotFound unless `me` is the requester or an invited reviewer.
  Result<FeedbackRequestView> GetRequest(MemberId me, FeedbackRequestId id);
  Result<std::vector<FeedbackRequestView>> ListRequests(MemberId me, FeedbackRole role);
  // kNotFound unless `me` is an invited reviewer; kConflict "already_answered"
  // after a review, "lapsed" after the deadline.
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
  // Up to 10 of `me`'s connections (the people a request may go to), ranked by
  // a higher level in `skill` than `me`, then by how much feedback they give
  // and how fast. Members blocked either way are never suggested. The graph
  // engine may later rank by wider network proximity behind the same call.
  Result<std::vector<ReviewerSuggestion>> SuggestReviewers(MemberId me, const std::string& skill);

  // The caller's own timeline for `skill`.
  Result<SkillTimeline> Timeline(MemberId me, const std::string& skill);

 private:
  Store& store_;
  const Clock& clock_;
};

}  // namespace pln::app
