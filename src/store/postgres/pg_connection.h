// SqlConnection on libpq. Statements use the extended protocol in text format;
// each distinct SQL text is prepared once per connection (PQprepare) and then
// executed by name, saving the server a parse and plan per request.
//
// Write transactions are SERIALIZABLE, reads REPEATABLE READ READ ONLY (a
// consistent snapshot). SQLSTATE 40001/40P01/55P03 are retryable, 23505 a
// unique violation, 23503 a foreign key violation; a lost connection makes the
// connection unhealthy, so the pool replaces it.
//
// Not thread-safe: one thread at a time (the pool guarantees it).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/result.h"
#include "store/sql/sql_connection.h"

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

namespace pln::store::postgres {

class PgConnection final : public sql::SqlConnection {
 public:
  // kUnavailable "cannot connect to PostgreSQL at HOST:PORT: REASON" (never
  // showing the password).
  static Result<std::unique_ptr<PgConnection>> Open(const std::string& url);
  ~PgConnection() override;
  PgConnection(const PgConnection&) = delete;
  PgConnection& operator=(const PgConnection&) = delete;

  Result<sql::SqlRows> Execute(std::string_view sql,
                               std::span<const sql::SqlValue> params) override;
  Status ExecuteEach(std::string_view sql, std::span<const sql::SqlValue> params,
                     const std::function<Status(sql::SqlRow&)>& row_fn) override;
  Status ExecuteScript(std::string_view sql) override;
  Status Begin(sql::TxMode mode) override;
  Status Commit() override;
  Status Rollback() override;
  bool Healthy() const override;

 private:
  // Beyond this many prepared statements, new SQL texts run unprepared so
  // generated SQL (IN lists of varying length) cannot grow server memory.
  static constexpr size_t kMaxPreparedStatements = 512;

  PgConnection(PGconn* conn, std::string secret) : conn_(conn), secret_(std::move(secret)) {}
  // Classifies a failed result (or a failed call when result is null).
  Error ErrorFor(const PGresult* result) const;
  // Returns the prepared statement name for `sql`, preparing it if needed;
  // empty if the statement should run unprepared.
  Result<std::string> PreparedName(std::string_view sql, size_t param_count);
  Result<sql::SqlRows> Simple(std::string_view sql);

  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };

  PGconn* conn_;
  std::string secret_;  // the URL's password, scrubbed from every message
  std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> prepared_;
};

// Rewrites `?` placeholders to $1..$n, leaving quoted literals and identifiers
// alone; sets *count to the number of placeholders.
std::string NumberPlaceholders(std::string_view sql, size_t* count);

}  // namespace pln::store::postgres
