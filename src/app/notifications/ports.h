// In-app notifications: what a member is told about requests, decisions and
// reminders. A notification is written in the same transaction as the change
// that causes it (app::Notify), so it exists exactly when that change does.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/ids.h"
#include "base/result.h"

namespace pln::app {

class Tx;

struct NewNotification {
  MemberId recipient;
  std::string kind;   // dotted, e.g. "mentorship.request", "feedback.reminder"
  std::string title;  // one line of plain text, shown as is (never HTML)
  std::string body;   // optional plain text
  std::string link;   // path inside the web app, e.g. "/mentoring/12"; may be empty
  // When non-empty, at most one notification per (recipient, dedupe_key) is ever
  // kept: a reminder sent from several places or several times is told once.
  std::string dedupe_key;
};

struct Notification {
  int64_t id = 0;
  MemberId recipient;
  std::string kind, title, body, link;
  int64_t created_at = 0;
  std::optional<int64_t> read_at;
};

class NotificationRepository {
 public:
  virtual ~NotificationRepository() = default;
  // Returns false (and stores nothing) when dedupe_key is set and already used.
  virtual Result<bool> Create(const NewNotification& n, int64_t now) = 0;
  // Newest first; ids < before_id when before_id > 0; only unread when asked.
  virtual Result<std::vector<Notification>> List(MemberId recipient, int64_t before_id, int limit,
                                                 bool unread_only) = 0;
  virtual Result<int64_t> CountUnread(MemberId recipient) = 0;
  // Marks one (id > 0) or all (id == 0) of the recipient's notifications read;
  // returns how many changed. Another member's id changes nothing.
  virtual Result<int64_t> MarkRead(MemberId recipient, int64_t id, int64_t now) = 0;
};

// Records a notification inside the caller's transaction. Use this from every
// service; it is the one way to tell a member something.
Status Notify(Tx& tx, const NewNotification& n, int64_t now);

}  // namespace pln::app
