// OpportunityRepository over SQL. A post's skills, fields and stages are JSON
// arrays (read and written whole, never queried inside).
// Not thread-safe: bound to one transaction.
#pragma once

#include <string>
#include <vector>

#include "app/opportunities/ports.h"

namespace pln::store::sql {

class SqlTx;

class SqlOpportunityRepository final : public app::OpportunityRepository {
 public:
  explicit SqlOpportunityRepository(SqlTx& tx) : tx_(tx) {}

  Result<OpportunityId> Create(MemberId poster, const domain::OpportunityInput& post,
                               int64_t now) override;
  Result<std::optional<domain::Opportunity>> Get(OpportunityId id) override;
  Result<bool> Update(OpportunityId id, const domain::OpportunityInput& post, bool reopen,
                      int64_t now) override;
  Result<bool> Close(OpportunityId id, int64_t now) override;
  Result<bool> Hide(OpportunityId id, MemberId by, int64_t now) override;
  Result<std::vector<domain::Opportunity>> ListByPoster(MemberId poster, int64_t before,
                                                        int limit) override;
  Result<std::vector<domain::Opportunity>> ListOpen(int64_t now, int64_t after, int limit) override;
  Result<bool> AddInterest(const app::Interest& interest) override;
  Result<bool> RemoveInterest(OpportunityId id, MemberId member) override;
  Result<std::vector<app::Interest>> InterestIn(OpportunityId id) override;
  Result<std::vector<app::Interest>> InterestsOf(MemberId member) override;
  Result<bool> Dismiss(MemberId member, OpportunityId id, int64_t now) override;
  Result<std::vector<OpportunityId>> Dismissed(MemberId member) override;
  Result<bool> Report(OpportunityId id, MemberId reporter, const std::string& reason,
                      int64_t now) override;
  Result<int> ReportCount(OpportunityId id) override;

 private:
  SqlTx& tx_;
};

}  // namespace pln::store::sql
