// app::Store over any SqlConnection driver: transactions with retries, export
// and import. The engines differ only in their driver and Dialect.
//
// Thread-safe: every Read/Write takes its own pooled connection. Do not call
// the store again from inside fn (a nested call may wait for a connection
// that the outer call holds).
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include "app/repositories.h"
#include "store/sql/connection_pool.h"
#include "store/sql/dialect.h"

namespace pln::store::sql {

class SqlStore final : public app::Store {
 public:
  // Opens one connection at once (so a bad address or file fails here, not on
  // the first request), then migrates the schema when `migrate` is set or
  // checks that it is current otherwise. kUnavailable on failure.
  static Result<std::unique_ptr<SqlStore>> Open(Dialect dialect, ConnectionPool::Factory factory,
                                                int pool_size, bool migrate);

  // Retryable failures (serialization conflicts, deadlocks, busy database) are
  // retried with jittered backoff, up to kMaxWriteAttempts times and while
  // kMaxWriteRetryTime has not passed; after that kUnavailable "unavailable".
  Status Read(const std::function<Status(app::Tx&)>& fn) override;
  Status Write(const std::function<Status(app::Tx&)>& fn) override;
  Status Export(const std::function<Status(const app::DumpRow&)>& sink) override;
  // kConflict "not_empty" if members exist; kMalformed for unknown tables or
  // columns, or rows that break the schema's constraints. Not retried: the
  // source is read once.
  Status Import(const std::function<Result<std::optional<app::DumpRow>>()>& source) override;
  Result<int64_t> CountRows() override;
  std::string Kind() const override { return dialect_.kind; }

  static constexpr int kMaxWriteAttempts = 30;
  // SQLite waits up to 5 s for another process's lock on each attempt, so the
  // attempt count alone could block a request for minutes.
  static constexpr std::chrono::seconds kMaxWriteRetryTime{10};

 private:
  SqlStore(Dialect dialect, std::unique_ptr<ConnectionPool> pool);
  Status WriteOnce(const std::function<Status(app::Tx&)>& fn);
  std::unique_lock<std::mutex> LockWriters();

  const Dialect dialect_;
  std::unique_ptr<ConnectionPool> pool_;
  // Held around write transactions if dialect_.serialize_writers. A plain std::mutex, not
  // pln::Mutex: it guards no member, and the analysis cannot follow a lock taken only sometimes.
  std::mutex writers_;
};

}  // namespace pln::store::sql
