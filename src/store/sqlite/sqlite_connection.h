// SqlConnection on libsqlite3: one sqlite3 handle, with a cache of prepared
// statements keyed by SQL text (reads of a member profile run the same few
// statements over and over).
//
// Every connection sets journal_mode=WAL (readers never wait for the writer),
// foreign_keys=ON (ON DELETE CASCADE), synchronous=FULL (a commit survives a
// power cut) and a busy timeout. Write transactions start with BEGIN
// IMMEDIATE so they take the write lock up front instead of failing halfway.
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

struct sqlite3;
struct sqlite3_stmt;

namespace pln::store::sqlite {

class SqliteConnection final : public sql::SqlConnection {
 public:
  // kUnavailable "cannot open database PATH: REASON".
  static Result<std::unique_ptr<SqliteConnection>> Open(const std::string& path);
  ~SqliteConnection() override;
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  Result<sql::SqlRows> Execute(std::string_view sql,
                               std::span<const sql::SqlValue> params) override;
  Status ExecuteEach(std::string_view sql, std::span<const sql::SqlValue> params,
                     const std::function<Status(sql::SqlRow&)>& row_fn) override;
  Status ExecuteScript(std::string_view sql) override;
  Status Begin(sql::TxMode mode) override;
  Status Commit() override;
  Status Rollback() override;
  // False if a transaction was left open (never hand that to the next user).
  bool Healthy() const override;

 private:
  // Prepared statements beyond this many are dropped all at once; generated
  // SQL (IN lists of varying length) must not grow the cache without bound.
  static constexpr size_t kMaxCachedStatements = 256;

  explicit SqliteConnection(sqlite3* db) : db_(db) {}
  Result<sqlite3_stmt*> Prepare(std::string_view sql);
  Status Bind(sqlite3_stmt* stmt, std::span<const sql::SqlValue> params);
  // Steps `stmt` to the end, handing each row to row_fn (may be empty).
  Status Run(sqlite3_stmt* stmt, const std::function<Status(sql::SqlRow&)>& row_fn);
  Error ErrorFor(int rc) const;

  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };

  sqlite3* db_;
  std::unordered_map<std::string, sqlite3_stmt*, StringHash, std::equal_to<>> statements_;
};

}  // namespace pln::store::sqlite
