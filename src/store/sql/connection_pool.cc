#include "store/sql/connection_pool.h"

#include <utility>

namespace pln::store::sql {

ConnectionPool::Lease::Lease(ConnectionPool* pool, std::unique_ptr<SqlConnection> conn)
    : pool_(pool), conn_(std::move(conn)) {}

ConnectionPool::Lease::Lease(Lease&& other) noexcept
    : pool_(other.pool_), conn_(std::move(other.conn_)) {}

ConnectionPool::Lease::~Lease() {
  if (conn_) pool_->Release(std::move(conn_));
}

ConnectionPool::ConnectionPool(Factory factory, int size, std::unique_ptr<SqlConnection> first)
    : factory_(std::move(factory)), size_(size < 1 ? 1 : size) {
  if (first) {
    idle_.push_back(std::move(first));
    open_ = 1;
  }
}

Result<ConnectionPool::Lease> ConnectionPool::Acquire() {
  {
    MutexLock lock(mu_);
    while (idle_.empty() && open_ >= size_) freed_.Wait(mu_);
    if (!idle_.empty()) {
      std::unique_ptr<SqlConnection> conn = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(conn));
    }
    ++open_;  // reserve the slot; the connection is opened outside the lock
  }
  Result<std::unique_ptr<SqlConnection>> conn = factory_();
  if (!conn.ok()) {
    MutexLock lock(mu_);
    --open_;
    freed_.NotifyOne();
    return std::move(conn).error();
  }
  return Lease(this, std::move(conn).value());
}

void ConnectionPool::Release(std::unique_ptr<SqlConnection> conn) {
  std::unique_ptr<SqlConnection> dropped;  // closed after unlocking: closing may block
  {
    MutexLock lock(mu_);
    if (conn->Healthy()) {
      idle_.push_back(std::move(conn));
    } else {
      dropped = std::move(conn);
      --open_;  // a later Acquire() opens a replacement
    }
  }
  freed_.NotifyOne();
}

}  // namespace pln::store::sql
