// JSON of in-app notifications: the list query, pages and unread counts.
#pragma once

#include <cstdint>
#include <string>

#include "app/notifications/notification_service.h"
#include "base/result.h"
#include "http/json_writer.h"
#include "http/query.h"
#include "http/request.h"

namespace pln::http {

struct NotificationQuery {
  bool unread_only = false;
  PageParams page;
};

// ?unread=true|false&cursor=&limit= (GET /notifications); kValidation naming
// every bad parameter, kMalformed for an undecodable query string.
Result<NotificationQuery> ReadNotificationQuery(const Request& request);

// {"items": [...], "next_cursor", "unread"}.
void WriteNotificationPage(JsonWriter& w, const app::NotificationPage& page);
// {"unread": n}.
void WriteUnreadCount(JsonWriter& w, int64_t unread);

}  // namespace pln::http
