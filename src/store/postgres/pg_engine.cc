#include "store/postgres/pg_engine.h"

#include "store/postgres/pg_connection.h"
#include "store/postgres/pg_migrations.h"
#include "store/sql/dump_tables.h"

namespace pln::store::postgres {
namespace {

// Arbitrary key for pg_advisory_lock, shared by every pln process.
constexpr char kMigrationLockKey[] = "7251800413";
// Another, for the event log's append order (sql/event_repository.cc).
constexpr char kEventOrderLockKey[] = "7251800414";

}  // namespace

sql::Dialect PgDialect() {
  sql::Dialect d;
  d.kind = "postgresql";
  d.serialize_writers = false;  // SERIALIZABLE transactions, retried on conflict
  d.binary_collate = " COLLATE \"C\"";
  d.migrations = PgMigrations();
  // Session-level, outside the migration transactions: a transaction that
  // waited for the lock would still see the snapshot from before the wait.
  d.migration_lock_sql = std::string("SELECT pg_advisory_lock(") + kMigrationLockKey + ")";
  d.migration_unlock_sql = std::string("SELECT pg_advisory_unlock(") + kMigrationLockKey + ")";
  d.event_order_lock_sql = std::string("SELECT pg_advisory_xact_lock(") + kEventOrderLockKey + ")";
  // Imported rows carry their ids; move each identity sequence past them so
  // the next insert does not collide.
  for (const sql::TableSpec& table : sql::DumpTables()) {
    if (!table.identity) continue;
    const std::string name(table.name);
    d.after_import_sql.push_back("SELECT setval(pg_get_serial_sequence('" + name +
                                 "', 'id'), COALESCE((SELECT MAX(id) FROM " + name +
                                 "), 0) + 1, false)");
  }
  return d;
}

sql::ConnectionPool::Factory PgConnectionFactory(std::string url) {
  return [url = std::move(url)]() -> Result<std::unique_ptr<sql::SqlConnection>> {
    ASSIGN_OR_RETURN(std::unique_ptr<PgConnection> conn, PgConnection::Open(url));
    return std::unique_ptr<sql::SqlConnection>(std::move(conn));
  };
}

}  // namespace pln::store::postgres
