#include "store/sql/sql_store.h"

#include <algorithm>
#include <chrono>
#include <exception>
#include <random>
#include <string>
#include <thread>
#include <utility>

#include "store/sql/dump_tables.h"
#include "store/sql/migrator.h"
#include "store/sql/sql_text.h"
#include "store/sql/sql_tx.h"

namespace pln::store::sql {
namespace {

// Keeps multi-row INSERTs of an import well under every engine's parameter limit.
constexpr size_t kMaxImportParams = 900;

// Ends a transaction exactly once; rolls back if the caller returns early (or
// an exception escapes fn), so a connection never goes back to the pool with
// a transaction open.
class TxGuard {
 public:
  explicit TxGuard(SqlConnection& conn) : conn_(conn) {}
  TxGuard(const TxGuard&) = delete;
  TxGuard& operator=(const TxGuard&) = delete;
  ~TxGuard() {
    if (!done_) (void)conn_.Rollback();
  }
  Status Commit() {
    done_ = true;
    Status status = conn_.Commit();
    if (!status.ok()) (void)conn_.Rollback();
    return status;
  }
  void Rollback() {
    done_ = true;
    (void)conn_.Rollback();
  }

 private:
  SqlConnection& conn_;
  bool done_ = false;
};

// Commits if fn and every statement succeeded. A statement error that fn
// swallowed still fails the transaction, and a retryable one wins over
// whatever fn made of it, so Write retries it.
Status Finish(SqlTx& tx, TxGuard& guard, Status status) {
  if (status.ok() && tx.failure()) status = *tx.failure();
  if (!status.ok()) {
    guard.Rollback();
    if (tx.failure() && IsRetryable(*tx.failure())) return *tx.failure();
    return status;
  }
  return guard.Commit();
}

Error BusyError() {
  return UnavailableError("The database is busy; please try again.");
}

// The driver's classification codes stay inside src/store.
Status Sanitize(Status status) {
  if (status.ok()) return status;
  const Error& e = status.error();
  if (IsRetryable(e)) return BusyError();
  if (IsUniqueViolation(e) || IsForeignKeyViolation(e)) {
    return InternalError("database constraint failed: " + e.message());
  }
  return status;
}

// fn with any exception it throws (a row mapper's or an app service's) turned into kInternal, so
// nothing crosses the store boundary as an exception; TxGuard rolls the transaction back.
Status CallCatching(const std::function<Status(app::Tx&)>& fn, app::Tx& tx) {
  try {
    return fn(tx);
  } catch (const std::exception& e) {
    return InternalError(std::string("unexpected failure in a transaction: ") + e.what());
  }
}

void Backoff(int attempt) {
  thread_local std::minstd_rand rng(std::random_device{}());
  const int cap_us = 1000 * std::min(50, 1 << std::min(attempt, 6));
  std::uniform_int_distribution<int> dist(cap_us / 10, cap_us);
  std::this_thread::sleep_for(std::chrono::microseconds(dist(rng)));
}

std::string Join(const std::vector<std::string_view>& names) {
  std::string out;
  for (std::string_view n : names) {
    if (!out.empty()) out += ", ";
    out += n;
  }
  return out;
}

app::DumpValue ToDump(SqlValue& v) {
  app::DumpValue out;
  switch (v.type()) {
    case SqlValue::Type::kInt:
      out.type = app::DumpValue::Type::kInt;
      out.i = v.AsInt();
      break;
    case SqlValue::Type::kText:
      out.type = app::DumpValue::Type::kText;
      out.s = v.TakeText();
      break;
    case SqlValue::Type::kNull: break;
  }
  return out;
}

SqlValue FromDump(const app::DumpValue& v) {
  switch (v.type) {
    case app::DumpValue::Type::kInt: return SqlValue(v.i);
    case app::DumpValue::Type::kText: return SqlValue(v.s);
    case app::DumpValue::Type::kNull: break;
  }
  return SqlValue();
}

// Rows of one table with the same columns, inserted together.
class ImportBatch {
 public:
  explicit ImportBatch(SqlConnection& conn) : conn_(conn) {}

  Status Add(const app::DumpRow& row) {
    const TableSpec* table = FindDumpTable(row.table);
    if (table == nullptr) return MalformedError("Import: unknown table '" + row.table + "'.");
    if (row.columns.empty()) return MalformedError("Import: a row of " + row.table + " is empty.");
    std::vector<std::string_view> columns;
    for (const auto& [name, value] : row.columns) {
      auto known = std::find(table->columns.begin(), table->columns.end(), name);
      if (known == table->columns.end()) {
        return MalformedError("Import: unknown column '" + name + "' in " + row.table + ".");
      }
      if (std::find(columns.begin(), columns.end(), *known) != columns.end()) {
        return MalformedError("Import: column '" + name + "' repeats in " + row.table + ".");
      }
      columns.push_back(*known);  // the whitelisted spelling, never the input's
    }
    if (table != table_ || columns != columns_ ||
        values_.size() + columns.size() > kMaxImportParams) {
      RETURN_IF_ERROR(Flush());
      table_ = table;
      columns_ = std::move(columns);
    }
    for (const auto& column : row.columns) values_.push_back(FromDump(column.second));
    ++rows_;
    return Status::Ok();
  }

  Status Flush() {
    if (rows_ == 0) return Status::Ok();
    const std::string tuple = PlaceholderTuple(columns_.size());
    std::string sql =
        "INSERT INTO " + std::string(table_->name) + " (" + Join(columns_) + ") VALUES ";
    for (size_t i = 0; i < rows_; ++i) {
      if (i > 0) sql += ", ";
      sql += tuple;
    }
    Result<SqlRows> done = conn_.Execute(sql, values_);
    values_.clear();
    rows_ = 0;
    if (!done.ok()) {
      const Error& e = done.error();
      if (IsUniqueViolation(e) || IsForeignKeyViolation(e) || e.kind() == ErrorKind::kInternal) {
        return MalformedError("Import: rows of " + std::string(table_->name) +
                              " do not fit the database: " + e.message());
      }
      return std::move(done).error();
    }
    return Status::Ok();
  }

 private:
  SqlConnection& conn_;
  const TableSpec* table_ = nullptr;
  std::vector<std::string_view> columns_;
  std::vector<SqlValue> values_;
  size_t rows_ = 0;
};

}  // namespace

Result<std::unique_ptr<SqlStore>> SqlStore::Open(Dialect dialect, ConnectionPool::Factory factory,
                                                 int pool_size, bool migrate) {
  ASSIGN_OR_RETURN(std::unique_ptr<SqlConnection> first, factory());
  if (migrate) {
    RETURN_IF_ERROR(ApplyMigrations(*first, dialect));
  } else {
    RETURN_IF_ERROR(CheckSchemaCurrent(*first, dialect));
  }
  auto pool = std::make_unique<ConnectionPool>(std::move(factory), pool_size, std::move(first));
  return std::unique_ptr<SqlStore>(new SqlStore(std::move(dialect), std::move(pool)));
}

SqlStore::SqlStore(Dialect dialect, std::unique_ptr<ConnectionPool> pool)
    : dialect_(std::move(dialect)), pool_(std::move(pool)) {}

std::unique_lock<std::mutex> SqlStore::LockWriters() {
  std::unique_lock<std::mutex> lock(writers_, std::defer_lock);
  if (dialect_.serialize_writers) lock.lock();
  return lock;
}

Status SqlStore::Read(const std::function<Status(app::Tx&)>& fn) {
  ASSIGN_OR_RETURN(ConnectionPool::Lease conn, pool_->Acquire());
  RETURN_IF_ERROR(Sanitize(conn->Begin(TxMode::kRead)));
  TxGuard guard(*conn);
  SqlTx tx(*conn, TxMode::kRead);
  Status status = CallCatching(fn, tx);
  return Sanitize(Finish(tx, guard, std::move(status)));
}

Status SqlStore::WriteOnce(const std::function<Status(app::Tx&)>& fn) {
  ASSIGN_OR_RETURN(ConnectionPool::Lease conn, pool_->Acquire());
  RETURN_IF_ERROR(conn->Begin(TxMode::kWrite));
  TxGuard guard(*conn);
  SqlTx tx(*conn, TxMode::kWrite, dialect_.event_order_lock_sql);
  Status status = CallCatching(fn, tx);
  return Finish(tx, guard, std::move(status));
}

Status SqlStore::Write(const std::function<Status(app::Tx&)>& fn) {
  const auto deadline = std::chrono::steady_clock::now() + kMaxWriteRetryTime;
  for (int attempt = 1;; ++attempt) {
    Status status;
    {
      std::unique_lock<std::mutex> lock = LockWriters();
      status = WriteOnce(fn);
    }
    if (status.ok() || !IsRetryable(status.error())) return Sanitize(std::move(status));
    if (attempt >= kMaxWriteAttempts || std::chrono::steady_clock::now() > deadline) {
      return BusyError();
    }
    Backoff(attempt);
  }
}

Status SqlStore::Export(const std::function<Status(const app::DumpRow&)>& sink) {
  ASSIGN_OR_RETURN(ConnectionPool::Lease conn, pool_->Acquire());
  RETURN_IF_ERROR(Sanitize(conn->Begin(TxMode::kRead)));
  TxGuard guard(*conn);
  for (const TableSpec& table : DumpTables()) {
    std::string order;
    for (const KeyColumn& key : table.key) {
      if (!order.empty()) order += ", ";
      order += key.name;
      if (key.text) order += dialect_.binary_collate;
    }
    const std::string sql =
        "SELECT " + Join(table.columns) + " FROM " + std::string(table.name) + " ORDER BY " + order;
    app::DumpRow dump;
    dump.table = table.name;
    RETURN_IF_ERROR(Sanitize(conn->ExecuteEach(sql, {}, [&](SqlRow& row) -> Status {
      dump.columns.clear();
      for (size_t i = 0; i < table.columns.size() && i < row.size(); ++i) {
        dump.columns.emplace_back(std::string(table.columns[i]), ToDump(row[i]));
      }
      return sink(dump);
    })));
  }
  return Sanitize(guard.Commit());
}

Status SqlStore::Import(const std::function<Result<std::optional<app::DumpRow>>()>& source) {
  std::unique_lock<std::mutex> lock = LockWriters();
  ASSIGN_OR_RETURN(ConnectionPool::Lease conn, pool_->Acquire());
  RETURN_IF_ERROR(Sanitize(conn->Begin(TxMode::kWrite)));
  TxGuard guard(*conn);
  Result<SqlRows> count = conn->Execute("SELECT COUNT(*) FROM members", {});
  if (!count.ok()) return Sanitize(count.error());
  if (!count->rows.empty() && count->rows[0][0].AsInt() > 0) {
    return ConflictError("not_empty",
                         "The database holds members already; import needs an "
                         "empty database.");
  }
  ImportBatch batch(*conn);
  while (true) {
    ASSIGN_OR_RETURN(std::optional<app::DumpRow> row, source());
    if (!row) break;
    RETURN_IF_ERROR(Sanitize(batch.Add(*row)));
  }
  RETURN_IF_ERROR(Sanitize(batch.Flush()));
  for (const std::string& sql : dialect_.after_import_sql) {
    Result<SqlRows> done = conn->Execute(sql, {});
    if (!done.ok()) return Sanitize(done.error());
  }
  return Sanitize(guard.Commit());
}

Result<int64_t> SqlStore::CountRows() {
  std::string sql = "SELECT 0";
  for (const TableSpec& table : DumpTables()) {
    sql += " + (SELECT COUNT(*) FROM " + std::string(table.name) + ")";
  }
  int64_t total = 0;
  RETURN_IF_ERROR(Read([&](app::Tx& tx) -> Status {
    ASSIGN_OR_RETURN(SqlRows rows, static_cast<SqlTx&>(tx).Query(sql));
    if (!rows.rows.empty()) total = rows.rows[0][0].AsInt();
    return Status::Ok();
  }));
  return total;
}

}  // namespace pln::store::sql
