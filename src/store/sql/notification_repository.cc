#include "store/sql/notification_repository.h"

#include <string>
#include <utility>

#include "store/sql/sql_tx.h"

namespace pln::store::sql {

Result<bool> SqlNotificationRepository::Create(const app::NewNotification& n, int64_t now) {
  // ON CONFLICT DO NOTHING turns a repeated dedupe_key into "not stored"
  // without dooming the transaction (a failed INSERT would, on PostgreSQL).
  SqlValue key = n.dedupe_key.empty() ? SqlValue() : SqlValue(n.dedupe_key);
  Result<SqlRows> rows = tx_.Change(
      "INSERT INTO notifications (recipient_id, kind, title, body, link, dedupe_key, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
      {n.recipient.value(), n.kind, n.title, n.body, n.link, key, now});
  if (!rows.ok()) {
    if (IsForeignKeyViolation(rows.error())) return NotFoundError("member");
    return std::move(rows).error();
  }
  return rows->affected > 0;
}

Result<std::vector<app::Notification>> SqlNotificationRepository::List(MemberId recipient,
                                                                       int64_t before_id, int limit,
                                                                       bool unread_only) {
  std::string sql =
      "SELECT id, recipient_id, kind, title, body, link, created_at, read_at FROM notifications "
      "WHERE recipient_id = ?";
  std::vector<SqlValue> params{recipient.value()};
  if (before_id > 0) {
    sql += " AND id < ?";
    params.emplace_back(before_id);
  }
  if (unread_only) sql += " AND read_at IS NULL";
  sql += " ORDER BY id DESC LIMIT ?";
  params.emplace_back(limit);
  ASSIGN_OR_RETURN(SqlRows rows, tx_.Query(sql, params));
  std::vector<app::Notification> out;
  out.reserve(rows.rows.size());
  for (SqlRow& row : rows.rows) {
    app::Notification n;
    n.id = row[0].AsInt();
    n.recipient = MemberId(row[1].AsInt());
    n.kind = row[2].TakeText();
    n.title = row[3].TakeText();
    n.body = row[4].TakeText();
    n.link = row[5].TakeText();
    n.created_at = row[6].AsInt();
    if (!row[7].is_null()) n.read_at = row[7].AsInt();
    out.push_back(std::move(n));
  }
  return out;
}

Result<int64_t> SqlNotificationRepository::CountUnread(MemberId recipient) {
  ASSIGN_OR_RETURN(SqlRows rows, tx_.Query("SELECT COUNT(*) FROM notifications "
                                           "WHERE recipient_id = ? AND read_at IS NULL",
                                           {recipient.value()}));
  return rows.rows[0][0].AsInt();
}

Result<int64_t> SqlNotificationRepository::MarkRead(MemberId recipient, int64_t id, int64_t now) {
  std::string sql =
      "UPDATE notifications SET read_at = ? WHERE recipient_id = ? AND read_at IS NULL";
  std::vector<SqlValue> params{now, recipient.value()};
  if (id > 0) {
    sql += " AND id = ?";
    params.emplace_back(id);
  }
  ASSIGN_OR_RETURN(SqlRows rows, tx_.Change(sql, params));
  return rows.affected;
}

}  // namespace pln::store::sql
