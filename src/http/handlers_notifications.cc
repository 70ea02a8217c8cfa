// The caller's in-app notifications: list, unread count, mark read.
#include "app/notifications/notification_service.h"
#include "http/handlers.h"
#include "http/json/common.h"
#include "http/json_writer.h"
#include "http/query.h"

namespace pln::http {
namespace {

void WriteUnread(Response& out, int64_t unread) {
  JsonWriter w(32);
  w.BeginObject().Field("unread", unread).EndObject();
  out.SetJson(200, w.Take());
}

}  // namespace

Status HandleListNotifications(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(QueryParams query, QueryParams::Parse(ctx.request.query));
  std::vector<FieldError> errors;
  bool unread_only = false;
  if (auto u = query.Get("unread"); u && !u->empty()) {
    if (*u == "true") {
      unread_only = true;
    } else if (*u != "false") {
      errors.push_back({"unread", "must be true or false"});
    }
  }
  Result<int> limit = ParseLimit(query);
  if (!limit.ok()) {
    for (const FieldError& e : limit.error().details()) errors.push_back(e);
  }
  if (!errors.empty()) return ValidationError(std::move(errors));
  const std::string cursor(query.Get("cursor").value_or(""));
  ASSIGN_OR_RETURN(
      app::NotificationPage result,
      ctx.deps.services.notifications.List(ctx.caller().member, cursor, *limit, unread_only));
  JsonWriter w(256 + result.page.items.size() * 256);
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
  out.SetJson(200, w.Take());
  return Status::Ok();
}

Status HandleUnreadNotifications(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(int64_t unread,
                   ctx.deps.services.notifications.CountUnread(ctx.caller().member));
  WriteUnread(out, unread);
  return Status::Ok();
}

Status HandleReadNotification(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(int64_t id, PathId(ctx, "id", "notification"));
  ASSIGN_OR_RETURN(int64_t unread,
                   ctx.deps.services.notifications.MarkRead(ctx.caller().member, id));
  WriteUnread(out, unread);
  return Status::Ok();
}

Status HandleReadAllNotifications(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(int64_t unread,
                   ctx.deps.services.notifications.MarkRead(ctx.caller().member, 0));
  WriteUnread(out, unread);
  return Status::Ok();
}

}  // namespace pln::http
