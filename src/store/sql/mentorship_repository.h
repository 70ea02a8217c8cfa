// MentorshipRepository over SQL. Offer areas and request goals are stored as
// JSON text (read and written whole; discovery filters them in the app).
// Race safety rests on conditional updates (UpdateRequest) and two partial
// unique indexes: one open request per mentee→mentor pair, one active
// mentorship per pair. Not thread-safe: bound to one transaction.
#pragma once

#include <string_view>
#include <unordered_map>
#include <vector>

#include "app/mentorship/ports.h"
#include "store/sql/sql_value.h"

namespace pln::store::sql {

class SqlTx;

class SqlMentorshipRepository final : public app::MentorshipRepository {
 public:
  explicit SqlMentorshipRepository(SqlTx& tx) : tx_(tx) {}

  Status PutOffer(const domain::MentorOffer& offer) override;
  Result<std::optional<domain::MentorOffer>> GetOffer(MemberId mentor) override;
  Result<std::vector<domain::MentorOffer>> ListOpenOffers() override;
  Result<std::unordered_map<MemberId, app::MentorStats>> Stats(
      const std::vector<MemberId>& mentors) override;

  Result<MentorshipRequestId> CreateRequest(const domain::MentorshipRequest& r) override;
  Result<std::optional<domain::MentorshipRequest>> GetRequest(MentorshipRequestId id) override;
  Result<std::vector<domain::MentorshipRequest>> ListRequests(MemberId member,
                                                              app::MentorshipRole role,
                                                              int limit) override;
  Result<std::vector<domain::MentorshipRequest>> OpenRequestsOf(MemberId mentee) override;
  Result<bool> UpdateRequest(const domain::MentorshipRequest& r,
                             domain::MentorshipRequestStatus expected) override;
  Result<std::vector<domain::MentorshipRequest>> ExpireRequests(
      int64_t now, std::optional<MemberId> member) override;

  Result<MentorshipId> CreateMentorship(const domain::Mentorship& m) override;
  Result<std::optional<domain::Mentorship>> GetMentorship(MentorshipId id) override;
  Result<std::vector<domain::Mentorship>> ListMentorships(MemberId member) override;
  Result<std::vector<domain::Mentorship>> ListActive() override;
  Result<int> CountActiveAsMentor(MemberId mentor) override;
  Status UpdateMentorship(const domain::Mentorship& m) override;
  Result<std::vector<domain::Mentorship>> ListAlumni(MemberId member) override;

  Result<int64_t> AddGoal(MentorshipId m, const std::string& text, int64_t now) override;
  Result<bool> UpdateGoal(MentorshipId m, const domain::MentorshipGoal& goal) override;
  Result<bool> DeleteGoal(MentorshipId m, int64_t goal) override;

  Result<int64_t> AddCheckIn(const domain::CheckIn& c) override;
  Result<std::vector<domain::CheckIn>> ListCheckIns(MentorshipId m) override;

  Status AddFeedback(const domain::CompletionFeedback& f) override;
  Result<std::vector<domain::CompletionFeedback>> ListFeedback(MentorshipId m) override;

  Status PutAlumniPlan(const domain::AlumniPlan& plan) override;
  Status DeleteAlumniPlan(MentorshipId m, MemberId member) override;
  Result<std::vector<domain::AlumniPlan>> ListAlumniPlans(MentorshipId m) override;
  Result<std::vector<app::AlumniPlanDue>> ListAlumniPlansDue() override;
  Result<int64_t> AddAlumniCheckIn(const domain::AlumniCheckIn& c) override;
  Result<std::vector<domain::AlumniCheckIn>> ListAlumniCheckIns(MentorshipId m) override;

 private:
  Result<std::vector<domain::Mentorship>> Mentorships(std::string_view where,
                                                      const std::vector<SqlValue>& params);
  SqlTx& tx_;
};

}  // namespace pln::store::sql
