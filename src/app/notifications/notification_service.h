// Reading and acknowledging in-app notifications. Writing them is app::Notify
// (notifications/ports.h), called by the service whose change causes them,
// inside its own transaction. A member only ever sees their own notifications.
// Thread-safe (stateless over Store).
#pragma once

#include <memory>
#include <string>

#include "app/profiles/profile_service.h"
#include "app/repositories.h"
#include "base/clock.h"
#include "base/result.h"

namespace pln::app {

struct NotificationPage {
  Page<Notification> page;
  int64_t unread = 0;
};

class Notifications {
 public:
  virtual ~Notifications() = default;

  // Newest first. kValidation "limit" outside 1..100; kMalformed "bad_cursor".
  virtual Result<NotificationPage> List(MemberId me, const std::string& cursor, int limit,
                                        bool unread_only) = 0;
  virtual Result<int64_t> CountUnread(MemberId me) = 0;
  // Marks one notification (kNotFound unless it is the member's and exists) or,
  // with id == 0, all of them read. Returns the unread count afterwards.
  virtual Result<int64_t> MarkRead(MemberId me, int64_t id) = 0;
};

// `store` and `clock` must outlive the service.
std::unique_ptr<Notifications> MakeNotifications(Store& store, const Clock& clock);

// "Ana Lima" for notification titles; "A member" if the name cannot be read.
Result<std::string> NotificationName(Tx& tx, MemberId member);

}  // namespace pln::app
