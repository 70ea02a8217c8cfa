#include "store/sqlite/sqlite_connection.h"

#include <sqlite3.h>

#include <mutex>
#include <utility>

namespace pln::store::sqlite {
namespace {

using sql::SqlRow;
using sql::SqlRows;
using sql::SqlValue;

// How long a statement waits for another process's write lock before the
// store sees "busy" (and retries the transaction).
constexpr int kBusyTimeoutMs = 5000;

// Leaves a cached statement ready for its next use, whatever happened.
class StatementReset {
 public:
  explicit StatementReset(sqlite3_stmt* stmt) : stmt_(stmt) {}
  StatementReset(const StatementReset&) = delete;
  StatementReset& operator=(const StatementReset&) = delete;
  ~StatementReset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }

 private:
  sqlite3_stmt* stmt_;
};

SqlValue ColumnValue(sqlite3_stmt* stmt, int i) {
  switch (sqlite3_column_type(stmt, i)) {
    case SQLITE_INTEGER: return SqlValue(static_cast<int64_t>(sqlite3_column_int64(stmt, i)));
    case SQLITE_FLOAT: return SqlValue(static_cast<int64_t>(sqlite3_column_double(stmt, i)));
    case SQLITE_NULL: return SqlValue();
    default: {  // text, or a blob read as text
      const auto* data = static_cast<const char*>(sqlite3_column_blob(stmt, i));
      const int size = sqlite3_column_bytes(stmt, i);
      return SqlValue(std::string(data == nullptr ? "" : data, data == nullptr ? 0 : size));
    }
  }
}

}  // namespace

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::Open(const std::string& path) {
  // Memory statistics put every SQLite allocation behind one global mutex,
  // which serialises readers on different connections. Only possible before
  // SQLite initialises; if something else initialised it first, this is a no-op.
  static std::once_flag configured;
  std::call_once(configured, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(
      path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string reason = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return UnavailableError("cannot open database " + path + ": " + reason);
  }
  std::unique_ptr<SqliteConnection> conn(new SqliteConnection(db));
  sqlite3_extended_result_codes(db, 1);
  sqlite3_busy_timeout(db, kBusyTimeoutMs);
  // The first statement reads the file: this is where "not a database" shows.
  Status setup = conn->ExecuteScript(
      "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL;");
  if (!setup.ok()) {
    return UnavailableError("cannot open database " + path + ": " + setup.error().message());
  }
  return conn;
}

SqliteConnection::~SqliteConnection() {
  for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
  sqlite3_close(db_);
}

bool SqliteConnection::Healthy() const {
  return sqlite3_get_autocommit(db_) != 0;
}

Error SqliteConnection::ErrorFor(int rc) const {
  std::string message = sqlite3_errmsg(db_);
  switch (rc) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY: return sql::UniqueViolationError(message);
    case SQLITE_CONSTRAINT_FOREIGNKEY: return sql::ForeignKeyViolationError(message);
    default: break;
  }
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return sql::RetryableError("database is busy: " + message);
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_NOMEM: return UnavailableError("database unavailable: " + message);
    default: return InternalError("database error: " + message);
  }
}

Result<sqlite3_stmt*> SqliteConnection::Prepare(std::string_view sql) {
  auto cached = statements_.find(sql);
  if (cached != statements_.end()) return cached->second;
  sqlite3_stmt* stmt = nullptr;
  const char* tail = nullptr;
  const int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                    SQLITE_PREPARE_PERSISTENT, &stmt, &tail);
  if (rc != SQLITE_OK) return ErrorFor(rc);
  if (stmt == nullptr) return InternalError("empty SQL statement");
  for (const char* p = tail; p != nullptr && p < sql.data() + sql.size(); ++p) {
    if (*p != ' ' && *p != '\n' && *p != '\t' && *p != ';') {
      sqlite3_finalize(stmt);
      return InternalError("Execute() runs one statement; use ExecuteScript()");
    }
  }
  if (statements_.size() >= kMaxCachedStatements) {
    for (auto& [text, old] : statements_) sqlite3_finalize(old);
    statements_.clear();
  }
  statements_.emplace(std::string(sql), stmt);
  return stmt;
}

Status SqliteConnection::Bind(sqlite3_stmt* stmt, std::span<const SqlValue> params) {
  if (sqlite3_bind_parameter_count(stmt) != static_cast<int>(params.size())) {
    return InternalError("statement expects " + std::to_string(sqlite3_bind_parameter_count(stmt)) +
                         " parameters, got " + std::to_string(params.size()));
  }
  for (size_t i = 0; i < params.size(); ++i) {
    const int index = static_cast<int>(i) + 1;
    const SqlValue& v = params[i];
    int rc = SQLITE_OK;
    switch (v.type()) {
      case SqlValue::Type::kNull: rc = sqlite3_bind_null(stmt, index); break;
      case SqlValue::Type::kInt: rc = sqlite3_bind_int64(stmt, index, v.AsInt()); break;
      case SqlValue::Type::kText:
        // SQLITE_STATIC: the caller's parameters outlive the statement run,
        // and StatementReset clears the bindings before Execute returns.
        rc = sqlite3_bind_text64(stmt, index, v.text().data(), v.text().size(), SQLITE_STATIC,
                                 SQLITE_UTF8);
        break;
    }
    if (rc != SQLITE_OK) return ErrorFor(rc);
  }
  return Status::Ok();
}

Status SqliteConnection::Run(sqlite3_stmt* stmt, const std::function<Status(SqlRow&)>& row_fn) {
  const int columns = sqlite3_column_count(stmt);
  // One row object for the whole statement: a streaming caller that does not
  // move it out costs no allocation per row (Execute moves it out).
  SqlRow row;
  while (true) {
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_DONE) return Status::Ok();
    if (rc != SQLITE_ROW) return ErrorFor(rc);
    if (!row_fn) continue;
    row.clear();
    row.reserve(columns);
    for (int i = 0; i < columns; ++i) row.push_back(ColumnValue(stmt, i));
    RETURN_IF_ERROR(row_fn(row));
  }
}

Result<SqlRows> SqliteConnection::Execute(std::string_view sql, std::span<const SqlValue> params) {
  ASSIGN_OR_RETURN(sqlite3_stmt * stmt, Prepare(sql));
  StatementReset reset(stmt);
  RETURN_IF_ERROR(Bind(stmt, params));
  SqlRows out;
  RETURN_IF_ERROR(Run(stmt, [&](SqlRow& row) {
    out.rows.push_back(std::move(row));
    return Status::Ok();
  }));
  if (!sqlite3_stmt_readonly(stmt)) out.affected = sqlite3_changes64(db_);
  return out;
}

Status SqliteConnection::ExecuteEach(std::string_view sql, std::span<const SqlValue> params,
                                     const std::function<Status(SqlRow&)>& row_fn) {
  ASSIGN_OR_RETURN(sqlite3_stmt * stmt, Prepare(sql));
  StatementReset reset(stmt);
  RETURN_IF_ERROR(Bind(stmt, params));
  return Run(stmt, row_fn);
}

Status SqliteConnection::ExecuteScript(std::string_view sql) {
  const std::string text(sql);
  char* message = nullptr;
  const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message);
  sqlite3_free(message);  // the same text stays available from sqlite3_errmsg
  if (rc != SQLITE_OK) return ErrorFor(rc);
  return Status::Ok();
}

Status SqliteConnection::Begin(sql::TxMode mode) {
  // IMMEDIATE takes the write lock now, so a write transaction never meets
  // SQLITE_BUSY halfway through (which would need a rollback and retry).
  Result<SqlRows> done = Execute(mode == sql::TxMode::kWrite ? "BEGIN IMMEDIATE" : "BEGIN", {});
  if (!done.ok()) return std::move(done).error();
  return Status::Ok();
}

Status SqliteConnection::Commit() {
  Result<SqlRows> done = Execute("COMMIT", {});
  if (!done.ok()) return std::move(done).error();
  return Status::Ok();
}

Status SqliteConnection::Rollback() {
  if (sqlite3_get_autocommit(db_)) return Status::Ok();  // no transaction open
  Result<SqlRows> done = Execute("ROLLBACK", {});
  if (!done.ok()) return std::move(done).error();
  return Status::Ok();
}

}  // namespace pln::store::sqlite
