// The event log's storage port (tx.events()): append in the transaction of a
// change, read "after seq", and the durable consumers' cursors.
//
// Ordering contract: once a reader sees the event with seq N, every event
// with a lower seq that will ever commit has committed. So a consumer that
// processed "everything after C" up to N never has to look below N again.
// Gaps (rolled-back appends) are allowed. How each engine keeps it: see
// src/store/sql/event_repository.cc.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/events/events.h"
#include "base/ids.h"
#include "base/result.h"

namespace pln::app {

struct NewEvent {
  DomainEvent event;
  int64_t at = 0;                 // ms since the epoch
  std::optional<MemberId> actor;  // who caused it, where someone did
  // Non-empty: the log keeps at most one event with this key, so a periodic
  // sweep records "overdue for period P" once however often it runs.
  std::string dedupe_key;
};

class EventRepository {
 public:
  virtual ~EventRepository() = default;
  // Appends the event; returns its seq, or 0 (nothing stored) when
  // dedupe_key is set and already used. Only inside Store::Write.
  virtual Result<int64_t> Append(const NewEvent& event) = 0;
  // Up to `limit` events with seq > after, ascending.
  virtual Result<std::vector<StoredEvent>> After(int64_t after, int limit) = 0;
  // The highest committed seq (0 for an empty log).
  virtual Result<int64_t> LastSeq() = 0;

  // A durable consumer's position; nullopt before its first commit.
  virtual Result<std::optional<int64_t>> Cursor(std::string_view consumer) = 0;
  virtual Status SetCursor(std::string_view consumer, int64_t seq, int64_t now) = 0;
  // Deletes events older than `before_ms` that every durable cursor has
  // passed; returns how many went.
  virtual Result<int64_t> DeleteConsumed(int64_t before_ms) = 0;
};

class Tx;

// The one way a service records a fact: appends it in the caller's
// transaction (a deduplicated one is dropped silently).
Status Emit(Tx& tx, DomainEvent event, int64_t now, std::optional<MemberId> actor = std::nullopt,
            std::string dedupe_key = "");

}  // namespace pln::app
