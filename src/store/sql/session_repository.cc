#include "store/sql/session_repository.h"

#include <utility>

#include "store/sql/sql_tx.h"

namespace pln::store::sql {

Status SqlSessionRepository::Create(const app::SessionRecord& s) {
  Result<SqlRows> rows = tx_.Change(
      "INSERT INTO sessions (token_hash, member_id, csrf_token, created_at, expires_at) "
      "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
      {s.token_hash, s.member.value(), s.csrf_token, s.created_at, s.expires_at});
  if (!rows.ok()) {
    if (IsForeignKeyViolation(rows.error())) return NotFoundError("member");
    return std::move(rows).error();
  }
  if (rows->affected == 0) return ConflictError("session_exists", "The session exists already.");
  return Status::Ok();
}

Result<std::optional<app::SessionRecord>> SqlSessionRepository::Find(
    const std::string& token_hash) {
  ASSIGN_OR_RETURN(SqlRows rows,
                   tx_.Query("SELECT token_hash, member_id, csrf_token, created_at, expires_at "
                             "FROM sessions WHERE token_hash = ?",
                             {token_hash}));
  if (rows.rows.empty()) return std::optional<app::SessionRecord>();
  SqlRow& row = rows.rows[0];
  app::SessionRecord s;
  s.token_hash = row[0].TakeText();
  s.member = MemberId(row[1].AsInt());
  s.csrf_token = row[2].TakeText();
  s.created_at = row[3].AsInt();
  s.expires_at = row[4].AsInt();
  return std::optional<app::SessionRecord>(std::move(s));
}

Status SqlSessionRepository::Delete(const std::string& token_hash) {
  RETURN_IF_ERROR(tx_.Change("DELETE FROM sessions WHERE token_hash = ?", {token_hash}));
  return Status::Ok();
}

Result<int64_t> SqlSessionRepository::DeleteAllFor(MemberId member, const std::string& keep_hash) {
  ASSIGN_OR_RETURN(SqlRows rows,
                   tx_.Change("DELETE FROM sessions WHERE member_id = ? AND token_hash <> ?",
                              {member.value(), keep_hash}));
  return static_cast<int64_t>(rows.affected);
}

Status SqlSessionRepository::DeleteExpired(int64_t now) {
  RETURN_IF_ERROR(tx_.Change("DELETE FROM sessions WHERE expires_at <= ?", {now}));
  return Status::Ok();
}

}  // namespace pln::store::sql
