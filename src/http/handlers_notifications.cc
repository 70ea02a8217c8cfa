// The caller's in-app notifications: list, unread count, mark read.
#include "http/handlers.h"
#include "http/json/notifications.h"
#include "http/json_writer.h"

namespace pln::http {
namespace {

void RespondWithUnread(Response& out, int64_t unread) {
  JsonWriter w(32);
  WriteUnreadCount(w, unread);
  out.SetJson(200, w.Take());
}

}  // namespace

Status HandleListNotifications(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(NotificationQuery query, ReadNotificationQuery(ctx.request));
  ASSIGN_OR_RETURN(app::NotificationPage result,
                   ctx.deps.services.notifications.List(ctx.caller().member, query.page.cursor,
                                                        query.page.limit, query.unread_only));
  JsonWriter w(256 + result.page.items.size() * 256);
  WriteNotificationPage(w, result);
  out.SetJson(200, w.Take());
  return Status::Ok();
}

Status HandleUnreadNotifications(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(int64_t unread,
                   ctx.deps.services.notifications.CountUnread(ctx.caller().member));
  RespondWithUnread(out, unread);
  return Status::Ok();
}

Status HandleReadNotification(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(int64_t id, PathId(ctx, "id", "notification"));
  ASSIGN_OR_RETURN(int64_t unread,
                   ctx.deps.services.notifications.MarkRead(ctx.caller().member, id));
  RespondWithUnread(out, unread);
  return Status::Ok();
}

Status HandleReadAllNotifications(Context& ctx, Response& out) {
  ASSIGN_OR_RETURN(int64_t unread,
                   ctx.deps.services.notifications.MarkRead(ctx.caller().member, 0));
  RespondWithUnread(out, unread);
  return Status::Ok();
}

}  // namespace pln::http
