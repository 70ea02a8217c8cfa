#include "app/feedback/reminders.h"

#include <optional>
#include <string>

#include "app/events/ports.h"
#include "app/feedback/common.h"
#include "domain/feedback.h"

namespace pln::app {

namespace {
using feedback_internal::kDayMs;
}  // namespace

Result<SweepResult> FeedbackReminders::SendDue(int64_t now) {
  const std::string today = domain::IsoDateOf(now);
  SweepResult result;
  RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
    result = {};
    ASSIGN_OR_RETURN(result.lapsed, tx.feedback().MarkLapsed(today, now));
    ASSIGN_OR_RETURN(auto due, tx.feedback().ListDueSlots(today, domain::AddDays(today, 2)));
    for (const DueSlot& d : due) {
      const int days = domain::DaysBetween(today, d.deadline);
      // The invitation itself is news enough: no "due soon" in its first day.
      if (days > 0 && now - d.requested_at < kDayMs) continue;
      // One event per request, reviewer and stage however often the sweep
      // runs (the key); the notification is deduplicated again on its own.
      const std::string key = "feedback.reminder:" + std::to_string(d.request.value()) + ":" +
                              std::to_string(d.reviewer.value()) + (days == 0 ? ":due" : ":soon");
      RETURN_IF_ERROR(
          Emit(tx,
               FeedbackReminderDue{d.request, d.reviewer, d.deadline, d.artifact_title, d.skill,
                                   days, d.status == domain::ReviewerStatus::kInvited},
               now, std::nullopt, key));
      ++result.reminders_due;
    }
    return Status::Ok();
  }));
  return result;
}

}  // namespace pln::app
