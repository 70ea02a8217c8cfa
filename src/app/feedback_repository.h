// Storage for feedback requests, reviews and endorsements. Declared by the
// app layer, implemented once in src/store/sql. Storage failures come back as
// kInternal/kUnavailable; privacy is decided by the caller (FeedbackService).
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/ids.h"
#include "base/result.h"
#include "domain/feedback.h"

namespace pln::app {

enum class FeedbackRole { kRequester, kReviewer };

// Reciprocity of one member: reviews given and received, and how long their
// reviews took after the request was made (for the median response time).
struct FeedbackStats {
  int given = 0;
  int received = 0;
  std::vector<int64_t> response_ms;  // one per review given
};

class FeedbackRepository {
 public:
  virtual ~FeedbackRepository() = default;
  // Stores the request and one "invited" slot per reviewer. kNotFound "member"
  // if the requester or a reviewer does not exist.
  virtual Result<FeedbackRequestId> CreateRequest(MemberId requester,
                                                  const domain::FeedbackRequestInput& input,
                                                  int64_t now) = 0;
  // With its reviewer slots (ordered by reviewer id).
  virtual Result<std::optional<domain::FeedbackRequest>> GetRequest(FeedbackRequestId id) = 0;
  // Requests `member` made (kRequester) or was asked to review (kReviewer),
  // newest first, at most `limit`.
  virtual Result<std::vector<domain::FeedbackRequest>> ListRequests(MemberId member,
                                                                    FeedbackRole role,
                                                                    int limit) = 0;
  virtual Status SetReviewerStatus(FeedbackRequestId id, MemberId reviewer,
                                   domain::ReviewerStatus status, int64_t now) = 0;

  // kConflict "already_reviewed" if the reviewer answered this request already.
  virtual Result<ReviewId> CreateReview(const domain::Review& review) = 0;
  virtual Result<std::optional<domain::Review>> GetReview(ReviewId id) = 0;
  // Reviews of one request, oldest first.
  virtual Result<std::vector<domain::Review>> ListReviews(FeedbackRequestId request) = 0;
  // Reviews received by `member` on requests about `skill` (case-insensitive), oldest first.
  virtual Result<std::vector<domain::Review>> ListReviewsForSkill(MemberId member,
                                                                  const std::string& skill) = 0;
  // Reviews `member` received and chose to show on their profile, newest first.
  virtual Result<std::vector<domain::Review>> ListShownReviews(MemberId member) = 0;
  // Saves thanked, reply, usefulness and on_profile.
  virtual Status UpdateReaction(const domain::Review& review) = 0;

  // kConflict "already_endorsed" for a second endorsement of the same skill by
  // the same member; kNotFound "member" if either member does not exist.
  virtual Result<EndorsementId> CreateEndorsement(MemberId endorser, MemberId member,
                                                  const std::string& skill, const std::string& note,
                                                  int64_t now) = 0;
  virtual Result<std::optional<domain::Endorsement>> GetEndorsement(EndorsementId id) = 0;
  // Endorsements `member` received, oldest first.
  virtual Result<std::vector<domain::Endorsement>> ListEndorsements(MemberId member) = 0;
  virtual Status DeleteEndorsement(EndorsementId id) = 0;

  // Stats for each of `members` (absent members get zeros). One query per
  // kind of figure, whatever the number of members.
  virtual Result<std::unordered_map<MemberId, FeedbackStats>> Stats(
      const std::vector<MemberId>& members) = 0;
};

}  // namespace pln::app
