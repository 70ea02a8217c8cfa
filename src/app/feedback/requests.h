// Feedback requests to chosen reviewers and their rubric-based reviews
// (issue 5): asking, answering, reviewing, reacting to a review, the reviews
// shown on a profile, and the member's reciprocity.
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

#include "app/feedback/views.h"
#include "app/profiles/profile_service.h"
#include "app/repositories.h"
#include "base/clock.h"
#include "base/result.h"
#include "domain/feedback.h"
#include "domain/relationship.h"

namespace pln::app {

enum class ReviewerAction { kAccept, kDecline };

struct ReviewReaction {
  std::optional<bool> thanked;
  std::optional<std::string> reply;  // once only
  std::optional<int> usefulness;     // 1..5
  std::optional<bool> on_profile;
};

class FeedbackRequests {
 public:
  virtual ~FeedbackRequests() = default;

  // kValidation with field details (bad input, past deadline, reviewers who
  // are blocked, or neither connections nor discoverable connections of
  // connections: "reviewers[i]"); nothing is stored then.
  virtual Result<FeedbackRequestView> CreateRequest(MemberId me,
                                                    domain::FeedbackRequestInput input) = 0;
  // kNotFound unless `me` is the requester or an invited reviewer.
  virtual Result<FeedbackRequestView> GetRequest(MemberId me, FeedbackRequestId id) = 0;
  // Newest first, `limit` (1..100) a page; `cursor` from the previous page.
  // Stable while requests are added: a page never repeats or skips one.
  virtual Result<Page<FeedbackRequestView>> ListRequests(MemberId me, FeedbackRole role,
                                                         const std::string& cursor, int limit) = 0;
  // Reviewer slots read "lapsed" once the deadline day is over (both here and
  // in every view). kNotFound unless `me` is an invited reviewer; kConflict
  // "already_answered" after a review, "lapsed" after the deadline.
  virtual Result<FeedbackRequestView> Respond(MemberId me, FeedbackRequestId id,
                                              ReviewerAction action) = 0;
  // kValidation for missing/out-of-range ratings; kConflict "declined",
  // "already_reviewed", "lapsed".
  virtual Result<domain::Review> SubmitReview(MemberId me, FeedbackRequestId id,
                                              domain::ReviewInput input) = 0;
  // Only the requester reacts; kConflict "already_replied" for a second reply.
  virtual Result<domain::Review> React(MemberId me, ReviewId id,
                                       const ReviewReaction& reaction) = 0;

  // Reviews `member` chose to show on their profile, for anyone who may see
  // the member's skills section (kNotFound on a block, kForbidden when hidden).
  // Reviews by members the viewer is blocked with are left out.
  virtual Result<std::vector<ShownReview>> ListShownReviews(const domain::Viewer& viewer,
                                                            MemberId member) = 0;

  // Feedback given vs received and the median response time of `me`.
  virtual Result<Reciprocity> MyReciprocity(MemberId me) = 0;
};

// Borrows `store` and `clock`; they must outlive the result.
std::unique_ptr<FeedbackRequests> MakeFeedbackRequests(Store& store, const Clock& clock);

}  // namespace pln::app
