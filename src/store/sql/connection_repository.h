// ConnectionRepository over SQL: requests, connections, follows and blocks.
// Not thread-safe: bound to one transaction.
//
// A connection is stored once, as (a_id, b_id) with a_id < b_id. Requests carry
// (pair_lo, pair_hi) with a partial unique index over pending ones, so two
// racing requests between the same members cannot both be inserted.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/repositories.h"

namespace pln::store::sql {

class SqlTx;

class SqlConnectionRepository final : public app::ConnectionRepository {
 public:
  explicit SqlConnectionRepository(SqlTx& tx) : tx_(tx) {}

  // kConflict "request_pending" if a pending request exists either way,
  // kNotFound if either member does not exist.
  Result<RequestId> CreateRequest(MemberId from, MemberId to, const std::string& note,
                                  int64_t now) override;
  Result<std::optional<domain::ConnectionRequest>> GetRequest(RequestId id) override;
  Result<std::optional<domain::ConnectionRequest>> PendingBetween(MemberId a, MemberId b) override;
  // Sets decided_at to `now` (NULL when set back to pending). kNotFound if no
  // such request; kConflict "request_pending" when reopening it would make a
  // second pending request.
  Status SetRequestStatus(RequestId id, domain::RequestStatus status, int64_t now) override;
  Result<std::vector<domain::ConnectionRequest>> ListRequests(
      MemberId member, app::RequestDirection direction, std::optional<domain::RequestStatus> status,
      int64_t before_id, int limit) override;
  // kValidation if a == b; kNotFound if either member does not exist.
  Result<bool> Connect(MemberId a, MemberId b, int64_t now) override;
  Result<bool> Disconnect(MemberId a, MemberId b) override;
  Result<std::vector<domain::Connection>> ListConnections(MemberId member, int64_t after_id,
                                                          int limit) override;
  Result<int64_t> CountConnections(MemberId member) override;

  // kNotFound if either member does not exist.
  Result<bool> Follow(MemberId follower, MemberId followee, int64_t now) override;
  Result<bool> Unfollow(MemberId follower, MemberId followee) override;

  // Also removes the connection and follows both ways, and ends pending
  // requests between the two: the blocker's own become "withdrawn", the
  // blocked member's "declined". Returns false if the block existed already
  // (the clean-up still runs). kNotFound if either member does not exist.
  Result<bool> Block(MemberId blocker, MemberId blocked, int64_t now) override;
  Result<bool> Unblock(MemberId blocker, MemberId blocked) override;
  // Ordered by the blocked member's id.
  Result<std::vector<MemberId>> ListBlocked(MemberId blocker) override;

  // One statement per chunk of 200 others. `viewer` among `others` is marked self.
  Result<std::unordered_map<MemberId, domain::Relationship>> Relationships(
      MemberId viewer, const std::vector<MemberId>& others) override;

 private:
  SqlTx& tx_;
};

}  // namespace pln::store::sql
