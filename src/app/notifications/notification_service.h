// Reading and acknowledging in-app notifications. Writing them is app::Notify
// (notifications/ports.h), called by the service whose change causes them,
// inside its own transaction. A member only ever sees their own notifications.
// Thread-safe (stateless over Store).
#pragma once

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

class NotificationService {
 public:
  NotificationService(Store& store, const Clock& clock);

  // Newest first. kValidation "limit" outside 1..100; kMalformed "bad_cursor".
  Result<NotificationPage> List(MemberId me, const std::string& cursor, int limit,
                                bool unread_only);
  Result<int64_t> CountUnread(MemberId me);
  // Marks one notification (kNotFound unless it is the member's and exists) or,
  // with id == 0, all of them read. Returns the unread count afterwards.
  Result<int64_t> MarkRead(MemberId me, int64_t id);

 private:
  Store& store_;
  const Clock& clock_;
};

// "Ana Lima" for notification titles; "A member" if the name cannot be read.
Result<std::string> NotificationName(Tx& tx, MemberId member);

}  // namespace pln::app
