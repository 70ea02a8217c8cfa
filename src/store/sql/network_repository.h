// NetworkRepository over SQL: streaming scans for loading the network engine,
// and suggestion dismissals. Not thread-safe: bound to one transaction.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include "app/network/ports.h"

namespace pln::store::sql {

class SqlTx;

class SqlNetworkRepository final : public app::NetworkRepository {
 public:
  explicit SqlNetworkRepository(SqlTx& tx) : tx_(tx) {}

  // One statement for the members of the batch, then one each for their
  // fields and skills over the batch's id range (primary-key range scans).
  Result<std::vector<app::NetworkMember>> ScanMembers(int64_t after_id, int limit) override;
  // One statement each. Fields and skills are read in table order without
  // ORDER BY, so neither engine goes through an index (SQLite would look up
  // every row by rowid from the (member_id, position) key); pairs are read in
  // the order of the relation's primary key, which covers both columns.
  Status EachMember(const std::function<Status(const app::NetworkMember&)>& fn) override;
  Status EachField(const std::function<Status(MemberId, std::string_view)>& fn) override;
  Status EachSkill(const std::function<Status(MemberId, std::string_view, int)>& fn) override;
  Status EachPair(app::NetworkRelation relation,
                  const std::function<Status(app::MemberPair)>& fn) override;
  Result<bool> Dismiss(MemberId member, MemberId dismissed, int64_t now) override;

 private:
  SqlTx& tx_;
};

}  // namespace pln::store::sql
