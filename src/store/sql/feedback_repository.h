// FeedbackRepository over SQL. Rubrics and ratings are stored as JSON text
// (they are read and written whole, never queried inside).
// Not thread-safe: bound to one transaction.
#pragma once

#include <unordered_map>
#include <vector>

#include "app/feedback/ports.h"

namespace pln::store::sql {

class SqlTx;

class SqlFeedbackRepository final : public app::FeedbackRepository {
 public:
  explicit SqlFeedbackRepository(SqlTx& tx) : tx_(tx) {}

  Result<FeedbackRequestId> CreateRequest(MemberId requester,
                                          const domain::FeedbackRequestInput& input,
                                          int64_t now) override;
  Result<std::optional<domain::FeedbackRequest>> GetRequest(FeedbackRequestId id) override;
  Result<std::vector<domain::FeedbackRequest>> ListRequests(MemberId member, app::FeedbackRole role,
                                                            int64_t before_id, int limit) override;
  Status SetReviewerStatus(FeedbackRequestId id, MemberId reviewer, domain::ReviewerStatus status,
                           int64_t now) override;
  Result<ReviewId> CreateReview(const domain::Review& review) override;
  Result<std::optional<domain::Review>> GetReview(ReviewId id) override;
  Result<std::vector<domain::Review>> ListReviews(FeedbackRequestId request) override;
  Result<std::vector<domain::Review>> ListReviewsForSkill(MemberId member,
                                                          const std::string& skill) override;
  Result<std::vector<domain::Review>> ListShownReviews(MemberId member) override;
  Status UpdateReaction(const domain::Review& review) override;
  Result<EndorsementId> CreateEndorsement(MemberId endorser, MemberId member,
                                          const std::string& skill, const std::string& note,
                                          int64_t now) override;
  Result<std::optional<domain::Endorsement>> GetEndorsement(EndorsementId id) override;
  Result<std::vector<domain::Endorsement>> ListEndorsements(MemberId member) override;
  Status DeleteEndorsement(EndorsementId id) override;
  Result<std::unordered_map<MemberId, app::FeedbackStats>> Stats(
      const std::vector<MemberId>& members, const std::string& today) override;
  Result<int64_t> MarkLapsed(const std::string& today, int64_t now) override;
  Result<std::vector<app::DueSlot>> ListDueSlots(const std::string& from,
                                                 const std::string& to) override;
  Status RecordSelfAssessment(MemberId member, const domain::Skill& skill, int64_t at) override;
  Result<std::vector<domain::SelfAssessment>> ListSelfAssessments(
      MemberId member, const std::string& skill) override;
  Result<std::vector<std::string>> SkillsWithOutsideFeedback(MemberId member) override;
  Result<std::vector<app::NearbyMember>> NearbyMembers(MemberId me, int limit,
                                                       const std::vector<MemberId>& only) override;

 private:
  SqlTx& tx_;
};

}  // namespace pln::store::sql
