// EventRepository over SQL. Not thread-safe: bound to one transaction.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/events/ports.h"

namespace pln::store::sql {

class SqlTx;

class SqlEventRepository final : public app::EventRepository {
 public:
  // `order_lock_sql` is run once per transaction before its first append
  // (Dialect::event_order_lock_sql; empty where one writer at a time is the rule).
  SqlEventRepository(SqlTx& tx, std::string_view order_lock_sql)
      : tx_(tx), order_lock_sql_(order_lock_sql) {}

  Result<int64_t> Append(const app::NewEvent& event) override;
  Result<std::vector<app::StoredEvent>> After(int64_t after, int limit) override;
  Result<int64_t> LastSeq() override;
  Result<std::optional<int64_t>> Cursor(std::string_view consumer) override;
  Status SetCursor(std::string_view consumer, int64_t seq, int64_t now) override;
  Result<int64_t> DeleteConsumed(int64_t before_ms) override;

 private:
  SqlTx& tx_;
  std::string_view order_lock_sql_;
  bool order_locked_ = false;
};

}  // namespace pln::store::sql
