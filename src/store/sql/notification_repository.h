// NotificationRepository over SQL. Not thread-safe: bound to one transaction.
#pragma once

#include <vector>

#include "app/notifications/ports.h"

namespace pln::store::sql {

class SqlTx;

class SqlNotificationRepository final : public app::NotificationRepository {
 public:
  explicit SqlNotificationRepository(SqlTx& tx) : tx_(tx) {}

  // kNotFound "member" if the recipient does not exist.
  Result<bool> Create(const app::NewNotification& n, int64_t now) override;
  Result<std::vector<app::Notification>> List(MemberId recipient, int64_t before_id, int limit,
                                              bool unread_only) override;
  Result<int64_t> CountUnread(MemberId recipient) override;
  Result<int64_t> MarkRead(MemberId recipient, int64_t id, int64_t now) override;

 private:
  SqlTx& tx_;
};

}  // namespace pln::store::sql
