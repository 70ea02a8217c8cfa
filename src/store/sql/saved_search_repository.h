// SavedSearchRepository over SQL. A search's query is one JSON object (read
// and written whole, never queried inside); its matches are rows keyed by
// (search, post), so a post is recorded for a search at most once.
// Not thread-safe: bound to one transaction.
#pragma once

#include <string>
#include <vector>

#include "app/saved_searches/ports.h"

namespace pln::store::sql {

class SqlTx;

class SqlSavedSearchRepository final : public app::SavedSearchRepository {
 public:
  explicit SqlSavedSearchRepository(SqlTx& tx) : tx_(tx) {}

  Result<SavedSearchId> Create(MemberId member, const domain::SavedSearchInput& search,
                               int64_t now) override;
  Result<std::optional<app::SavedSearch>> Get(SavedSearchId id) override;
  Result<std::vector<app::SavedSearch>> ListByMember(MemberId member) override;
  Result<int> CountByMember(MemberId member) override;
  Result<bool> Update(SavedSearchId id, const domain::SavedSearchInput& search,
                      int64_t now) override;
  Result<bool> Delete(SavedSearchId id) override;
  Result<std::vector<app::SavedSearch>> ListAll(int64_t after, int limit) override;
  Result<bool> AddMatch(SavedSearchId id, OpportunityId opportunity, int64_t matched_at) override;
  Result<std::vector<app::PendingMatch>> Pending(SavedSearchId id) override;
  Result<std::vector<SavedSearchId>> WithPending(int64_t after, int limit) override;
  Status MarkAlerted(SavedSearchId id, const std::vector<OpportunityId>& told,
                     int64_t now) override;
  Status DropPending(SavedSearchId id, const std::vector<OpportunityId>& dropped) override;

 private:
  SqlTx& tx_;
};

}  // namespace pln::store::sql
