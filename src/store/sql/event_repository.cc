#include "store/sql/event_repository.h"

#include <utility>

#include "store/sql/sql_tx.h"

namespace pln::store::sql {

// Commit order = sequence order. A sequence hands out numbers at once but
// transactions commit whenever they finish, so on PostgreSQL seq 6 could
// become visible while seq 5 is still in flight; a consumer that then read
// "after 4" would move its cursor to 6 and skip 5 for ever. So before drawing
// a number, a PostgreSQL transaction takes a transaction-scoped advisory lock
// (Dialect::event_order_lock_sql), held until it commits or rolls back:
// whoever draws the next number waits until every lower one is committed or
// gone. The lock is taken after the transaction's snapshot, which does not
// matter here: nothing in the append reads the log, and the serializable
// isolation's retries simply run the whole transaction (and the lock) again.
// Appending writers serialise from their first append to their commit; the
// services append late in their transactions. SQLite has one writer at a
// time (BEGIN IMMEDIATE), and AUTOINCREMENT never reuses a number, even
// after the highest rows were deleted by retention.
Result<int64_t> SqlEventRepository::Append(const app::NewEvent& event) {
  if (!order_locked_ && !order_lock_sql_.empty()) {
    ASSIGN_OR_RETURN(SqlRows locked, tx_.Change(order_lock_sql_));
    (void)locked;
    order_locked_ = true;
  }
  SqlValue actor = event.actor ? SqlValue(event.actor->value()) : SqlValue();
  SqlValue key = event.dedupe_key.empty() ? SqlValue() : SqlValue(event.dedupe_key);
  // ON CONFLICT DO NOTHING: a used dedupe key is "not stored", not an error
  // that would doom the transaction.
  ASSIGN_OR_RETURN(SqlRows rows,
                   tx_.Change("INSERT INTO events (type, at, actor_id, payload, dedupe_key) "
                              "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING seq",
                              {std::string(app::EventType(event.event)), event.at, std::move(actor),
                               app::EncodePayload(event.event), std::move(key)}));
  if (rows.rows.empty()) return int64_t{0};
  return rows.rows[0][0].AsInt();
}

Result<std::vector<app::StoredEvent>> SqlEventRepository::After(int64_t after, int limit) {
  ASSIGN_OR_RETURN(SqlRows rows, tx_.Query("SELECT seq, type, at, actor_id, payload FROM events "
                                           "WHERE seq > ? ORDER BY seq LIMIT ?",
                                           {after, limit}));
  std::vector<app::StoredEvent> out;
  out.reserve(rows.rows.size());
  for (SqlRow& row : rows.rows) {
    app::StoredEvent e;
    e.seq = row[0].AsInt();
    e.type = row[1].TakeText();
    e.at = row[2].AsInt();
    if (!row[3].is_null()) e.actor = MemberId(row[3].AsInt());
    e.payload = row[4].TakeText();
    out.push_back(std::move(e));
  }
  return out;
}

Result<int64_t> SqlEventRepository::LastSeq() {
  ASSIGN_OR_RETURN(SqlRows rows, tx_.Query("SELECT COALESCE(MAX(seq), 0) FROM events"));
  return rows.rows[0][0].AsInt();
}

Result<std::optional<int64_t>> SqlEventRepository::Cursor(std::string_view consumer) {
  ASSIGN_OR_RETURN(SqlRows rows, tx_.Query("SELECT seq FROM event_cursors WHERE consumer = ?",
                                           {std::string(consumer)}));
  if (rows.rows.empty()) return std::optional<int64_t>();
  return std::optional<int64_t>(rows.rows[0][0].AsInt());
}

Status SqlEventRepository::SetCursor(std::string_view consumer, int64_t seq, int64_t now) {
  ASSIGN_OR_RETURN(SqlRows rows,
                   tx_.Change("INSERT INTO event_cursors (consumer, seq, updated_at) "
                              "VALUES (?, ?, ?) ON CONFLICT (consumer) DO UPDATE "
                              "SET seq = excluded.seq, updated_at = excluded.updated_at",
                              {std::string(consumer), seq, now}));
  (void)rows;
  return Status::Ok();
}

Result<int64_t> SqlEventRepository::DeleteConsumed(int64_t before_ms) {
  // With no durable cursor yet nothing counts as consumed.
  ASSIGN_OR_RETURN(SqlRows rows,
                   tx_.Change("DELETE FROM events WHERE at < ? AND "
                              "seq <= (SELECT COALESCE(MIN(seq), 0) FROM event_cursors)",
                              {before_ms}));
  return rows.affected;
}

}  // namespace pln::store::sql
