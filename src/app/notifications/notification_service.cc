#include "app/notifications/notification_service.h"

#include <utility>

#include "app/cursor.h"
#include "base/text.h"

namespace pln::app {
namespace {

constexpr size_t kMaxTitleBytes = 300;
constexpr size_t kMaxBodyBytes = 2000;

class NotificationService final : public Notifications {
 public:
  NotificationService(Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  Result<NotificationPage> List(MemberId me, const std::string& cursor, int limit,
                                bool unread_only) override;
  Result<int64_t> CountUnread(MemberId me) override;
  Result<int64_t> MarkRead(MemberId me, int64_t id) override;

 private:
  Store& store_;
  const Clock& clock_;
};

}  // namespace

std::unique_ptr<Notifications> MakeNotifications(Store& store, const Clock& clock) {
  return std::make_unique<NotificationService>(store, clock);
}

Status Notify(Tx& tx, const NewNotification& n, int64_t now) {
  if (n.kind.empty() || n.title.empty()) {
    return InternalError("a notification needs a kind and a title");
  }
  NewNotification clean = n;
  // Titles and bodies are built from member-entered names; cut them at a
  // character boundary rather than refuse the change that caused them.
  clean.title = TruncateUtf8(n.title, kMaxTitleBytes);
  clean.body = TruncateUtf8(n.body, kMaxBodyBytes);
  ASSIGN_OR_RETURN(bool stored, tx.notifications().Create(clean, now));
  (void)stored;  // false: a deduplicated reminder that was already told
  return Status::Ok();
}

Result<std::string> NotificationName(Tx& tx, MemberId member) {
  ASSIGN_OR_RETURN(auto m, tx.members().Get(member));
  if (!m || m->profile.name.empty()) return std::string("A member");
  return m->profile.name;
}

Result<NotificationPage> NotificationService::List(MemberId me, const std::string& cursor,
                                                   int limit, bool unread_only) {
  RETURN_IF_ERROR(ValidateLimit(limit));
  ASSIGN_OR_RETURN(int64_t before, DecodeCursor(cursor));
  NotificationPage out;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    out = {};
    ASSIGN_OR_RETURN(auto items, tx.notifications().List(me, before, limit + 1, unread_only));
    if (static_cast<int>(items.size()) > limit) {
      items.resize(limit);
      out.page.next_cursor = EncodeCursor(items.back().id);
    }
    out.page.items = std::move(items);
    ASSIGN_OR_RETURN(out.unread, tx.notifications().CountUnread(me));
    return Status::Ok();
  }));
  return out;
}

Result<int64_t> NotificationService::CountUnread(MemberId me) {
  int64_t unread = 0;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(unread, tx.notifications().CountUnread(me));
    return Status::Ok();
  }));
  return unread;
}

Result<int64_t> NotificationService::MarkRead(MemberId me, int64_t id) {
  if (id < 0) return NotFoundError("notification");
  int64_t unread = 0;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    const int64_t now = clock_.NowMs();
    ASSIGN_OR_RETURN(int64_t changed, tx.notifications().MarkRead(me, id, now));
    if (id > 0 && changed == 0) {
      // Already read is fine; someone else's or a missing one is not found.
      ASSIGN_OR_RETURN(auto mine, tx.notifications().List(me, id + 1, 1, false));
      if (mine.empty() || mine[0].id != id) return NotFoundError("notification");
    }
    ASSIGN_OR_RETURN(unread, tx.notifications().CountUnread(me));
    return Status::Ok();
  }));
  return unread;
}

}  // namespace pln::app
