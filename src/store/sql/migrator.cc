#include "store/sql/migrator.h"

#include <algorithm>
#include <chrono>
#include <string>

namespace pln::store::sql {
namespace {

int64_t LatestKnown(const Dialect& dialect) {
  int64_t latest = 0;
  for (const Migration& m : dialect.migrations) latest = std::max(latest, m.version);
  return latest;
}

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

Error TooNew(int64_t version, int64_t latest) {
  return UnavailableError("the database schema is at version " + std::to_string(version) +
                          ", newer than this pln build knows (" + std::to_string(latest) +
                          "); upgrade pln");
}

Result<int64_t> MaxVersion(SqlConnection& conn) {
  ASSIGN_OR_RETURN(SqlRows rows, conn.Execute("SELECT MAX(version) FROM schema_migrations", {}));
  return rows.rows.empty() ? 0 : rows.rows[0][0].AsInt();
}

// Runs fn in a write transaction, rolling back on error.
template <typename Fn>
Status InWriteTx(SqlConnection& conn, Fn fn) {
  RETURN_IF_ERROR(conn.Begin(TxMode::kWrite));
  Status status = fn();
  if (!status.ok()) {
    (void)conn.Rollback();
    return status;
  }
  return conn.Commit();
}

Result<int> ApplyLocked(SqlConnection& conn, const Dialect& dialect) {
  RETURN_IF_ERROR(InWriteTx(conn, [&] {
    return conn.ExecuteScript(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        "version BIGINT PRIMARY KEY, applied_at BIGINT NOT NULL)");
  }));
  std::vector<Migration> ordered = dialect.migrations;
  std::sort(ordered.begin(), ordered.end(),
            [](const Migration& a, const Migration& b) { return a.version < b.version; });
  const int64_t latest = LatestKnown(dialect);
  int applied = 0;
  for (const Migration& m : ordered) {
    bool ran = false;
    RETURN_IF_ERROR(InWriteTx(conn, [&]() -> Status {
      ASSIGN_OR_RETURN(int64_t current, MaxVersion(conn));
      if (current > latest) return TooNew(current, latest);
      // Each version is applied once, whatever order branches landed in;
      // another process may also have got here first.
      ASSIGN_OR_RETURN(SqlRows done,
                       conn.Execute("SELECT 1 FROM schema_migrations WHERE version = ?",
                                    std::vector<SqlValue>{m.version}));
      if (!done.rows.empty()) return Status::Ok();
      Status status = m.script.empty() ? Status::Ok() : conn.ExecuteScript(m.script);
      if (status.ok() && m.data_step != nullptr) status = m.data_step(conn);
      if (!status.ok()) {
        return Error(status.error().kind(), status.error().code(),
                     "migration " + std::to_string(m.version) + " (" + std::string(m.name) +
                         ") failed: " + status.error().message());
      }
      RETURN_IF_ERROR(
          conn.Execute("INSERT INTO schema_migrations (version, applied_at) "
                       "VALUES (?, ?)",
                       std::vector<SqlValue>{m.version, NowMs()}));
      ran = true;
      return Status::Ok();
    }));
    if (ran) ++applied;
  }
  ASSIGN_OR_RETURN(int64_t current, MaxVersion(conn));
  if (current > latest) return TooNew(current, latest);
  return applied;
}

}  // namespace

Result<int64_t> SchemaVersion(SqlConnection& conn) {
  Result<int64_t> version = MaxVersion(conn);
  // A missing schema_migrations table (an internal "no such table" error)
  // means a fresh database; connection trouble is passed on.
  if (!version.ok() && version.error().kind() == ErrorKind::kInternal) return int64_t{0};
  return version;
}

Result<int> ApplyMigrations(SqlConnection& conn, const Dialect& dialect) {
  if (!dialect.migration_lock_sql.empty()) {
    RETURN_IF_ERROR(conn.Execute(dialect.migration_lock_sql, {}));
  }
  Result<int> applied = ApplyLocked(conn, dialect);
  if (!dialect.migration_unlock_sql.empty()) {
    (void)conn.Rollback();  // the unlock must not run inside a failed transaction
    Result<SqlRows> unlocked = conn.Execute(dialect.migration_unlock_sql, {});
    if (applied.ok() && !unlocked.ok()) return std::move(unlocked).error();
  }
  return applied;
}

Status CheckSchemaCurrent(SqlConnection& conn, const Dialect& dialect) {
  ASSIGN_OR_RETURN(int64_t current, SchemaVersion(conn));
  const int64_t latest = LatestKnown(dialect);
  if (current > latest) return TooNew(current, latest);
  int64_t applied = 0;
  if (current == latest) {
    ASSIGN_OR_RETURN(SqlRows count, conn.Execute("SELECT COUNT(*) FROM schema_migrations", {}));
    applied = count.rows.empty() ? 0 : count.rows[0][0].AsInt();
  }
  // A gap (a later version applied before an earlier one landed) also needs `pln migrate`.
  if (current < latest || applied < static_cast<int64_t>(dialect.migrations.size())) {
    return UnavailableError("the database schema is at version " + std::to_string(current) +
                            " but this pln build needs version " + std::to_string(latest) +
                            "; run `pln migrate`");
  }
  return Status::Ok();
}

}  // namespace pln::store::sql
