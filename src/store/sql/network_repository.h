// NetworkRepository over SQL: keyset scans for loading the network engine,
// and suggestion dismissals. Not thread-safe: bound to one transaction.
#pragma once

#include <vector>

#include "app/network_repository.h"

namespace pln::store::sql {

class SqlTx;

class SqlNetworkRepository final : public app::NetworkRepository {
 public:
  explicit SqlNetworkRepository(SqlTx& tx) : tx_(tx) {}

  // One statement for the members of the batch, then one each for their
  // fields and skills over the batch's id range (primary-key range scans).
  Result<std::vector<app::NetworkMember>> ScanMembers(int64_t after_id, int limit) override;
  // One statement: a row-value comparison on the relation's primary key (or,
  // for pending requests, on (from_id, to_id) of the pending rows).
  Result<std::vector<app::MemberPair>> ScanPairs(app::NetworkRelation relation,
                                                 app::MemberPair after, int limit) override;
  Result<bool> Dismiss(MemberId member, MemberId dismissed, int64_t now) override;

 private:
  SqlTx& tx_;
};

}  // namespace pln::store::sql
