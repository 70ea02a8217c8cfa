#include "http/json/notifications.h"

#include <utility>
#include <vector>

#include "base/clock.h"
#include "http/json/common.h"

namespace pln::http {

Result<NotificationQuery> ReadNotificationQuery(const Request& request) {
  ASSIGN_OR_RETURN(QueryParams query, QueryParams::Parse(request.query));
  std::vector<FieldError> errors;
  NotificationQuery out;
  if (auto u = query.Get("unread"); u && !u->empty()) {
    if (*u == "true") {
      out.unread_only = true;
    } else if (*u != "false") {
      errors.push_back({"unread", "must be true or false"});
    }
  }
  out.page = ReadPageParams(query, errors);
  if (!errors.empty()) return ValidationError(std::move(errors));
  return out;
}

void WriteNotificationPage(JsonWriter& w, const app::NotificationPage& result) {
  w.BeginObject().Key("items").BeginArray();
  for (const app::Notification& n : result.page.items) {
    w.BeginObject()
        .Field("id", n.id)
        .Field("kind", n.kind)
        .Field("title", n.title)
        .Field("body", n.body)
        .Field("link", n.link)
        .Field("created_at", FormatIso8601(n.created_at))
        .Field("read", n.read_at.has_value())
        .EndObject();
  }
  w.EndArray();
  WriteNextCursor(w, result.page.next_cursor);
  w.Field("unread", result.unread).EndObject();
}

void WriteUnreadCount(JsonWriter& w, int64_t unread) {
  w.BeginObject().Field("unread", unread).EndObject();
}

}  // namespace pln::http
