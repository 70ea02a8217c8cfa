#include "store/sqlite/sqlite_engine.h"

#include "store/sqlite/sqlite_connection.h"
#include "store/sqlite/sqlite_migrations.h"

namespace pln::store::sqlite {

sql::Dialect SqliteDialect() {
  sql::Dialect d;
  d.kind = "sqlite";
  d.serialize_writers = true;
  d.binary_collate = "";  // SQLite compares text as bytes (BINARY) by default
  d.migrations = SqliteMigrations();
  // BEGIN IMMEDIATE serialises migrating processes; AUTOINCREMENT keeps
  // sqlite_sequence past imported ids by itself.
  // In WAL mode NORMAL syncs only at checkpoints; a commit is still atomic.
  // Set outside a transaction: inside one SQLite does not apply it to that commit.
  d.durable_commit_sql = "PRAGMA synchronous=FULL";
  d.relaxed_commit_sql = "PRAGMA synchronous=NORMAL";
  return d;
}

sql::ConnectionPool::Factory SqliteConnectionFactory(std::string path) {
  return [path = std::move(path)]() -> Result<std::unique_ptr<sql::SqlConnection>> {
    ASSIGN_OR_RETURN(std::unique_ptr<SqliteConnection> conn, SqliteConnection::Open(path));
    return std::unique_ptr<sql::SqlConnection>(std::move(conn));
  };
}

int SqlitePoolSize(const std::string& path, int requested) {
  if (path == ":memory:" || path.empty()) return 1;
  return requested < 1 ? 1 : requested;
}

}  // namespace pln::store::sqlite
