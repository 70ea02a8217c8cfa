// The notifications, derived from the event log: one durable consumer that
// turns each fact a member should hear about (a request, a decision, a
// reminder) into their in-app notifications. It runs in the dispatcher's
// transaction together with its cursor, so every event is told exactly once
// even across crashes; reminders also carry a dedupe key, so a reminder that
// two sweeps found is told once as well.
//
// Names in titles are read when the event is handled (right after the
// commit, or at the next start after a crash). A recipient who has left since
// is skipped. Thread-compatible (stateless); the dispatcher serialises calls.
#pragma once

#include <string_view>

#include "app/events/event_dispatcher.h"

namespace pln::app {

class NotificationConsumer final : public TransactionalConsumer {
 public:
  std::string_view Name() const override { return "notifications"; }
  Status Handle(Tx& tx, const StoredEvent& stored, const DomainEvent& event) override;
  // The events someone is told about (those Handle has a notification for).
  bool Wants(const DomainEvent& event) const override;
};

}  // namespace pln::app
