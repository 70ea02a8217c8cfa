#include "store/sql/connection_repository.h"

#include <algorithm>
#include <utility>

#include "store/sql/sql_text.h"
#include "store/sql/sql_tx.h"

namespace pln::store::sql {
namespace {

constexpr size_t kRelationshipChunk = 200;

// One branch per kind of viewer↔other edge, each yielding (kind, from, to,
// request id); the viewer binds the `?`, the others come from the `ids` list
// (IdListCte). One UNION ALL statement is one round trip on PostgreSQL.
constexpr std::string_view kRelationshipBranches[] = {
    "SELECT 1, t.a_id, t.b_id, 0 FROM ids CROSS JOIN connections t "
    "WHERE t.a_id = ? AND t.b_id = ids.id",
    "SELECT 1, t.a_id, t.b_id, 0 FROM ids CROSS JOIN connections t "
    "WHERE t.b_id = ? AND t.a_id = ids.id",
    "SELECT 2, t.blocker_id, t.blocked_id, 0 FROM ids CROSS JOIN blocks t "
    "WHERE t.blocker_id = ? AND t.blocked_id = ids.id",
    "SELECT 2, t.blocker_id, t.blocked_id, 0 FROM ids CROSS JOIN blocks t "
    "WHERE t.blocked_id = ? AND t.blocker_id = ids.id",
    "SELECT 3, t.follower_id, t.followee_id, 0 FROM ids CROSS JOIN follows t "
    "WHERE t.follower_id = ? AND t.followee_id = ids.id",
    "SELECT 3, t.follower_id, t.followee_id, 0 FROM ids CROSS JOIN follows t "
    "WHERE t.followee_id = ? AND t.follower_id = ids.id",
    "SELECT 4, t.from_id, t.to_id, t.id FROM ids CROSS JOIN connection_requests t "
    "WHERE t.from_id = ? AND t.to_id = ids.id AND t.status = 'pending'",
    "SELECT 4, t.from_id, t.to_id, t.id FROM ids CROSS JOIN connection_requests t "
    "WHERE t.to_id = ? AND t.from_id = ids.id AND t.status = 'pending'",
};

constexpr std::string_view kSelectRequest =
    "SELECT id, from_id, to_id, note, status, created_at, decided_at FROM connection_requests";

Result<domain::ConnectionRequest> RequestFromRow(SqlRow& row) {
  domain::ConnectionRequest r;
  r.id = RequestId(row[0].AsInt());
  r.from = MemberId(row[1].AsInt());
  r.to = MemberId(row[2].AsInt());
  r.note = row[3].TakeText();
  std::string status = row[4].AsText();
  std::optional<domain::RequestStatus> parsed = domain::ParseRequestStatus(status);
  if (!parsed) return InternalError("unexpected request status '" + status + "' in the database");
  r.status = *parsed;
  r.created_at = row[5].AsInt();
  if (!row[6].is_null()) r.decided_at = row[6].AsInt();
  return r;
}

Result<std::optional<domain::ConnectionRequest>> FirstRequest(Result<SqlRows> rows) {
  if (!rows.ok()) return std::move(rows).error();
  if (rows->rows.empty()) return std::optional<domain::ConnectionRequest>();
  ASSIGN_OR_RETURN(domain::ConnectionRequest r, RequestFromRow(rows->rows[0]));
  return std::optional<domain::ConnectionRequest>(std::move(r));
}

// Inserts that may only fail because a member is missing: a foreign key
// violation becomes kNotFound "member".
Result<SqlRows> Insert(SqlTx& tx, std::string_view sql, std::initializer_list<SqlValue> params) {
  Result<SqlRows> rows = tx.Change(sql, params);
  if (!rows.ok() && IsForeignKeyViolation(rows.error())) return NotFoundError("member");
  return rows;
}

}  // namespace

Result<RequestId> SqlConnectionRepository::CreateRequest(MemberId from, MemberId to,
                                                         const std::string& note, int64_t now) {
  const int64_t lo = std::min(from, to).value(), hi = std::max(from, to).value();
  // The partial unique index on pending (pair_lo, pair_hi) decides races; DO
  // NOTHING keeps the transaction usable on PostgreSQL when it fires.
  ASSIGN_OR_RETURN(
      SqlRows rows,
      Insert(tx_,
             "INSERT INTO connection_requests (from_id, to_id, note, status, created_at, "
             "decided_at, pair_lo, pair_hi) VALUES (?, ?, ?, 'pending', ?, NULL, ?, ?) "
             "ON CONFLICT DO NOTHING RETURNING id",
             {from.value(), to.value(), note, now, lo, hi}));
  if (rows.rows.empty()) {
    return ConflictError("request_pending",
                         "A connection request between you two is pending already.");
  }
  return RequestId(rows.rows[0][0].AsInt());
}

Result<std::optional<domain::ConnectionRequest>> SqlConnectionRepository::GetRequest(RequestId id) {
  return FirstRequest(tx_.Query(std::string(kSelectRequest) + " WHERE id = ?", {id.value()}));
}

Result<std::optional<domain::ConnectionRequest>> SqlConnectionRepository::PendingBetween(
    MemberId a, MemberId b) {
  return FirstRequest(tx_.Query(
      std::string(kSelectRequest) + " WHERE pair_lo = ? AND pair_hi = ? AND status = 'pending'",
      {std::min(a, b).value(), std::max(a, b).value()}));
}

Status SqlConnectionRepository::SetRequestStatus(RequestId id, domain::RequestStatus status,
                                                 int64_t now) {
  SqlValue decided_at = status == domain::RequestStatus::kPending ? SqlValue() : SqlValue(now);
  Result<SqlRows> rows =
      tx_.Change("UPDATE connection_requests SET status = ?, decided_at = ? WHERE id = ?",
                 {domain::ToString(status), decided_at, id.value()});
  if (!rows.ok()) {
    if (IsUniqueViolation(rows.error())) {
      return ConflictError("request_pending",
                           "A connection request between you two is pending already.");
    }
    return std::move(rows).error();
  }
  if (rows->affected == 0) return NotFoundError("connection request");
  return Status::Ok();
}

Result<std::vector<domain::ConnectionRequest>> SqlConnectionRepository::ListRequests(
    MemberId member, app::RequestDirection direction, std::optional<domain::RequestStatus> status,
    int64_t before_id, int limit) {
  std::vector<domain::ConnectionRequest> out;
  if (limit <= 0) return out;
  std::string sql(kSelectRequest);
  sql += direction == app::RequestDirection::kIncoming ? " WHERE to_id = ?" : " WHERE from_id = ?";
  std::vector<SqlValue> params = {member.value()};
  if (status) {
    sql += " AND status = ?";
    params.emplace_back(domain::ToString(*status));
  }
  if (before_id > 0) {
    sql += " AND id < ?";
    params.emplace_back(before_id);
  }
  sql += " ORDER BY id DESC LIMIT ?";
  params.emplace_back(limit);
  ASSIGN_OR_RETURN(SqlRows rows, tx_.Query(sql, params));
  out.reserve(rows.rows.size());
  for (SqlRow& row : rows.rows) {
    ASSIGN_OR_RETURN(domain::ConnectionRequest r, RequestFromRow(row));
    out.push_back(std::move(r));
  }
  return out;
}

Result<bool> SqlConnectionRepository::Connect(MemberId a, MemberId b, int64_t now) {
  if (a == b) {
    return ValidationError({{"member", "cannot connect with yourself"}});
  }
  ASSIGN_OR_RETURN(SqlRows rows,
                   Insert(tx_,
                          "INSERT INTO connections (a_id, b_id, created_at) VALUES (?, ?, ?) "
                          "ON CONFLICT DO NOTHING",
                          {std::min(a, b).value(), std::max(a, b).value(), now}));
  return rows.affected > 0;
}

Result<bool> SqlConnectionRepository::Disconnect(MemberId a, MemberId b) {
  ASSIGN_OR_RETURN(SqlRows rows, tx_.Change("DELETE FROM connections WHERE a_id = ? AND b_id = ?",
                                            {std::min(a, b).value(), std::max(a, b).value()}));
  return rows.affected > 0;
}

Result<std::vector<domain::Connection>> SqlConnectionRepository::ListConnections(MemberId member,
                                                                                 int64_t after_id,
                                                                                 int limit) {
  std::vector<domain::Connection> out;
  if (limit <= 0) return out;
  ASSIGN_OR_RETURN(
      SqlRows rows,
      tx_.Query("SELECT b_id, created_at FROM connections WHERE a_id = ? AND b_id > ? "
                "UNION ALL SELECT a_id, created_at FROM connections WHERE b_id = ? AND a_id > ? "
                "ORDER BY 1 LIMIT ?",
                {member.value(), after_id, member.value(), after_id, limit}));
  out.reserve(rows.rows.size());
  for (const SqlRow& row : rows.rows) {
    out.push_back(domain::Connection{MemberId(row[0].AsInt()), row[1].AsInt()});
  }
  return out;
}

Result<int64_t> SqlConnectionRepository::CountConnections(MemberId member) {
  ASSIGN_OR_RETURN(SqlRows rows,
                   tx_.Query("SELECT (SELECT COUNT(*) FROM connections WHERE a_id = ?) + "
                             "(SELECT COUNT(*) FROM connections WHERE b_id = ?)",
                             {member.value(), member.value()}));
  return rows.rows.empty() ? 0 : rows.rows[0][0].AsInt();
}

Result<bool> SqlConnectionRepository::Follow(MemberId follower, MemberId followee, int64_t now) {
  ASSIGN_OR_RETURN(SqlRows rows,
                   Insert(tx_,
                          "INSERT INTO follows (follower_id, followee_id, created_at) "
                          "VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                          {follower.value(), followee.value(), now}));
  return rows.affected > 0;
}

Result<bool> SqlConnectionRepository::Unfollow(MemberId follower, MemberId followee) {
  ASSIGN_OR_RETURN(SqlRows rows,
                   tx_.Change("DELETE FROM follows WHERE follower_id = ? AND followee_id = ?",
                              {follower.value(), followee.value()}));
  return rows.affected > 0;
}

Result<bool> SqlConnectionRepository::Block(MemberId blocker, MemberId blocked, int64_t now) {
  ASSIGN_OR_RETURN(SqlRows inserted,
                   Insert(tx_,
                          "INSERT INTO blocks (blocker_id, blocked_id, created_at) "
                          "VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                          {blocker.value(), blocked.value(), now}));
  const int64_t lo = std::min(blocker, blocked).value(), hi = std::max(blocker, blocked).value();
  RETURN_IF_ERROR(tx_.Change("DELETE FROM connections WHERE a_id = ? AND b_id = ?", {lo, hi}));
  RETURN_IF_ERROR(
      tx_.Change("DELETE FROM follows WHERE (follower_id = ? AND followee_id = ?) OR "
                 "(follower_id = ? AND followee_id = ?)",
                 {blocker.value(), blocked.value(), blocked.value(), blocker.value()}));
  RETURN_IF_ERROR(
      tx_.Change("UPDATE connection_requests SET status = CASE WHEN from_id = ? THEN 'withdrawn' "
                 "ELSE 'declined' END, decided_at = ? "
                 "WHERE pair_lo = ? AND pair_hi = ? AND status = 'pending'",
                 {blocker.value(), now, lo, hi}));
  return inserted.affected > 0;
}

Result<bool> SqlConnectionRepository::Unblock(MemberId blocker, MemberId blocked) {
  ASSIGN_OR_RETURN(SqlRows rows,
                   tx_.Change("DELETE FROM blocks WHERE blocker_id = ? AND blocked_id = ?",
                              {blocker.value(), blocked.value()}));
  return rows.affected > 0;
}

Result<std::vector<MemberId>> SqlConnectionRepository::ListBlocked(MemberId blocker) {
  ASSIGN_OR_RETURN(
      SqlRows rows,
      tx_.Query("SELECT blocked_id FROM blocks WHERE blocker_id = ? ORDER BY blocked_id",
                {blocker.value()}));
  std::vector<MemberId> out;
  out.reserve(rows.rows.size());
  for (const SqlRow& row : rows.rows) out.emplace_back(row[0].AsInt());
  return out;
}

Result<std::unordered_map<MemberId, domain::Relationship>> SqlConnectionRepository::Relationships(
    MemberId viewer, const std::vector<MemberId>& others) {
  std::unordered_map<MemberId, domain::Relationship> out;
  std::vector<MemberId> ids;
  for (MemberId other : others) {
    domain::Relationship& rel = out[other];
    if (other == viewer) {
      rel.self = true;
    } else {
      ids.push_back(other);
    }
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  const int64_t v = viewer.value();
  for (size_t start = 0; start < ids.size(); start += kRelationshipChunk) {
    const size_t n = std::min(kRelationshipChunk, ids.size() - start);
    std::string sql = IdListCte(n);
    std::vector<SqlValue> params;
    for (size_t i = 0; i < n; ++i) params.emplace_back(ids[start + i].value());
    bool first = true;
    for (std::string_view branch : kRelationshipBranches) {
      if (!first) sql += " UNION ALL ";
      first = false;
      sql += branch;
      params.emplace_back(v);
    }
    ASSIGN_OR_RETURN(SqlRows rows, tx_.Query(sql, params));
    for (const SqlRow& row : rows.rows) {
      const int64_t from = row[1].AsInt(), to = row[2].AsInt();
      const bool outgoing = from == v;
      domain::Relationship& rel = out[MemberId(outgoing ? to : from)];
      switch (row[0].AsInt()) {
        case 1: rel.connected = true; break;
        case 2: (outgoing ? rel.blocking_target : rel.blocked_by_target) = true; break;
        case 3: (outgoing ? rel.following : rel.followed_by) = true; break;
        default:
          (outgoing ? rel.pending_outgoing : rel.pending_incoming) = RequestId(row[3].AsInt());
          break;
      }
    }
  }
  return out;
}

}  // namespace pln::store::sql
