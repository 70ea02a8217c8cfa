// A fixed-size, blocking pool of database connections.
//
// Connections are opened lazily (up to `size`) with the factory and handed out
// exclusively; Acquire() blocks while all of them are in use. A connection that
// reports !Healthy() when it comes back is closed and replaced on a later
// Acquire(), so a restarted PostgreSQL server heals without a pln restart.
//
// Thread-safe. The pool must outlive every Lease.
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include "base/mutex.h"
#include "base/result.h"
#include "store/sql/sql_connection.h"

namespace pln::store::sql {

class ConnectionPool {
 public:
  using Factory = std::function<Result<std::unique_ptr<SqlConnection>>()>;

  // Exclusive use of one connection; returns it to the pool when destroyed.
  class Lease {
   public:
    Lease(Lease&& other) noexcept;
    Lease& operator=(Lease&&) = delete;
    Lease(const Lease&) = delete;
    ~Lease();
    SqlConnection& operator*() const { return *conn_; }
    SqlConnection* operator->() const { return conn_.get(); }

   private:
    friend class ConnectionPool;
    Lease(ConnectionPool* pool, std::unique_ptr<SqlConnection> conn);
    ConnectionPool* pool_;
    std::unique_ptr<SqlConnection> conn_;
  };

  // `first` (already open, may be null) becomes the first pooled connection.
  ConnectionPool(Factory factory, int size, std::unique_ptr<SqlConnection> first = nullptr);
  ConnectionPool(const ConnectionPool&) = delete;
  ConnectionPool& operator=(const ConnectionPool&) = delete;

  // Blocks until a connection is free. kUnavailable if a new connection cannot
  // be opened.
  Result<Lease> Acquire() EXCLUDES(mu_);

 private:
  void Release(std::unique_ptr<SqlConnection> conn) EXCLUDES(mu_);

  const Factory factory_;
  const int size_;
  Mutex mu_;
  CondVar freed_;
  std::vector<std::unique_ptr<SqlConnection>> idle_ GUARDED_BY(mu_);
  int open_ GUARDED_BY(mu_) = 0;  // idle + leased + opening
};

}  // namespace pln::store::sql
