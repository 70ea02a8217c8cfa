#include "store/sql/sql_tx.h"

namespace pln::store::sql {

SqlTx::SqlTx(SqlConnection& conn, TxMode mode, std::string_view event_order_lock_sql)
    : conn_(conn), mode_(mode), events_(*this, event_order_lock_sql) {}

Result<SqlRows> SqlTx::Query(std::string_view sql, std::initializer_list<SqlValue> params) {
  return Run(sql, std::span<const SqlValue>(params.begin(), params.size()), false);
}
Result<SqlRows> SqlTx::Query(std::string_view sql, const std::vector<SqlValue>& params) {
  return Run(sql, params, false);
}
Status SqlTx::QueryEach(std::string_view sql, std::initializer_list<SqlValue> params,
                        const std::function<Status(SqlRow&)>& row_fn) {
  if (failure_) return *failure_;
  Status status =
      conn_.ExecuteEach(sql, std::span<const SqlValue>(params.begin(), params.size()), row_fn);
  if (!status.ok()) failure_ = status.error();
  return status;
}
Result<SqlRows> SqlTx::Change(std::string_view sql, std::initializer_list<SqlValue> params) {
  return Run(sql, std::span<const SqlValue>(params.begin(), params.size()), true);
}
Result<SqlRows> SqlTx::Change(std::string_view sql, const std::vector<SqlValue>& params) {
  return Run(sql, params, true);
}

Result<SqlRows> SqlTx::Run(std::string_view sql, std::span<const SqlValue> params, bool writes) {
  if (failure_) return *failure_;  // PostgreSQL would refuse anyway: keep SQLite in step
  if (writes && mode_ != TxMode::kWrite) {
    return InternalError("write in a read transaction (use Store::Write)");
  }
  Result<SqlRows> result = conn_.Execute(sql, params);
  if (!result.ok()) failure_ = result.error();
  return result;
}

}  // namespace pln::store::sql
