// Storage for feedback requests, reviews and endorsements. Declared by the
// app layer, implemented once in src/store/sql. Storage failures come back as
// kInternal/kUnavailable; privacy is decided by the callers (the classes of
// app/feedback/).
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
  int lapsed = 0;                    // reviewer slots that lapsed (deadline passed, no answer)
  int usefulness_sum = 0, usefulness_count = 0;  // ratings of the reviews they gave
};

// An unanswered reviewer slot whose deadline is near (for reminders).
struct DueSlot {
  FeedbackRequestId request;
  MemberId requester, reviewer;
  std::string skill, artifact_title, deadline;
  domain::ReviewerStatus status = domain::ReviewerStatus::kInvited;
  int64_t requested_at = 0;  // when the request was made
};

// A member near `me` in the network: a connection (hops 1) or a connection of
// a connection (hops 2), with the number of connections the two share.
struct NearbyMember {
  MemberId id;
  int hops = 1;
  int mutual = 0;
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
  // newest first (id descending), ids < before_id when before_id > 0, at most `limit`.
  virtual Result<std::vector<domain::FeedbackRequest>> ListRequests(MemberId member,
                                                                    FeedbackRole role,
                                                                    int64_t before_id,
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
  // kind of figure, whatever the number of members. Slots still invited or
  // accepted whose deadline is before `today` count as lapsed.
  virtual Result<std::unordered_map<MemberId, FeedbackStats>> Stats(
      const std::vector<MemberId>& members, const std::string& today) = 0;

  // Writes "lapsed" on every invited or accepted slot whose deadline is before
  // `today`; returns how many changed.
  virtual Result<int64_t> MarkLapsed(const std::string& today, int64_t now) = 0;
  // Invited or accepted slots of requests whose deadline is within
  // [from, to] (YYYY-MM-DD), by deadline then request then reviewer.
  virtual Result<std::vector<DueSlot>> ListDueSlots(const std::string& from,
                                                    const std::string& to) = 0;

  // Self-assessment history (written with every profile change of a level).
  virtual Status RecordSelfAssessment(MemberId member, const domain::Skill& skill, int64_t at) = 0;
  // One skill's self-assessments (case-insensitive), oldest first.
  virtual Result<std::vector<domain::SelfAssessment>> ListSelfAssessments(
      MemberId member, const std::string& skill) = 0;
  // Lower-cased names of the skills `member` got a review or an endorsement on.
  virtual Result<std::vector<std::string>> SkillsWithOutsideFeedback(MemberId member) = 0;

  // Connections of `me` and connections of those connections (never `me`,
  // never members blocked either way with `me`), closest first: hops, then
  // mutual connections descending, then id; at most `limit`. When `only` is
  // not empty, just those of its members who are near.
  virtual Result<std::vector<NearbyMember>> NearbyMembers(MemberId me, int limit,
                                                          const std::vector<MemberId>& only) = 0;
};

}  // namespace pln::app
