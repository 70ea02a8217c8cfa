// The driver interface the shared SQL store is written against. Two drivers
// implement it: SQLite (src/store/sqlite) and PostgreSQL (src/store/postgres).
//
// Statements use `?` placeholders, bound in order (the PostgreSQL driver
// rewrites them to $1..$n; so never put a `?` inside an SQL string literal).
//
// Errors are classified so the store can react the same way on both engines:
//   kConflict    "sql_unique_violation"       a UNIQUE / PRIMARY KEY constraint failed
//   kConflict    "sql_foreign_key_violation"  a referenced row does not exist
//   kUnavailable "sql_retryable"              serialization failure, deadlock or busy
//                                             database: rerunning the transaction may succeed
//   kUnavailable "unavailable"                cannot reach or open the database
//   kInternal    "internal"                   anything else
// These codes never leave src/store: repositories translate them.
//
// Thread safety: a connection is used by one thread at a time (the pool hands
// it out exclusively).
#pragma once

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "store/sql/sql_value.h"

namespace pln::store::sql {

inline constexpr char kSqlUniqueViolation[] = "sql_unique_violation";
inline constexpr char kSqlForeignKeyViolation[] = "sql_foreign_key_violation";
inline constexpr char kSqlRetryable[] = "sql_retryable";

Error UniqueViolationError(std::string message);
Error ForeignKeyViolationError(std::string message);
Error RetryableError(std::string message);
bool IsRetryable(const Error& error);
bool IsUniqueViolation(const Error& error);
bool IsForeignKeyViolation(const Error& error);

enum class TxMode {
  kRead,   // a consistent snapshot; SQLite BEGIN, PostgreSQL REPEATABLE READ READ ONLY
  kWrite,  // SQLite BEGIN IMMEDIATE, PostgreSQL SERIALIZABLE
};

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;

  // Runs one statement; `params` bind to the `?` placeholders in order.
  virtual Result<SqlRows> Execute(std::string_view sql, std::span<const SqlValue> params) = 0;
  // Runs one statement and hands each result row to `row_fn` as it arrives,
  // without holding the whole result in memory (used by Export). An error from
  // row_fn stops the statement and is returned.
  virtual Status ExecuteEach(std::string_view sql, std::span<const SqlValue> params,
                             const std::function<Status(SqlRow&)>& row_fn) = 0;
  // Runs `;`-separated statements without parameters (migrations, session setup).
  virtual Status ExecuteScript(std::string_view sql) = 0;

  virtual Status Begin(TxMode mode) = 0;
  virtual Status Commit() = 0;
  // Ends the current transaction, if any, discarding its changes.
  virtual Status Rollback() = 0;

  // False once the connection cannot be used any more (e.g. the PostgreSQL
  // server went away); the pool then replaces it.
  virtual bool Healthy() const = 0;

  // Which of the dialect's commit modes the session is in (SqlStore sets it
  // before each write transaction); empty when unknown (a new connection, or
  // switching failed).
  std::optional<bool> relaxed_commit;
};

}  // namespace pln::store::sql
