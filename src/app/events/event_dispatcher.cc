#include "app/events/event_dispatcher.h"

#include <algorithm>
#include <exception>
#include <optional>
#include <string>
#include <utility>

#include "base/failpoint.h"

namespace pln::app {
namespace {

// Passes events on to the transaction's own repository and remembers the
// highest seq appended, so the decorator knows how far to dispatch.
class TrackingEvents final : public EventRepository {
 public:
  explicit TrackingEvents(EventRepository& inner) : inner_(inner) {}
  Result<int64_t> Append(const NewEvent& event) override {
    ASSIGN_OR_RETURN(int64_t seq, inner_.Append(event));
    last_ = std::max(last_, seq);
    return seq;
  }
  Result<std::vector<StoredEvent>> After(int64_t after, int limit) override {
    return inner_.After(after, limit);
  }
  Result<int64_t> LastSeq() override { return inner_.LastSeq(); }
  Result<std::optional<int64_t>> Cursor(std::string_view consumer) override {
    return inner_.Cursor(consumer);
  }
  Status SetCursor(std::string_view consumer, int64_t seq, int64_t now) override {
    return inner_.SetCursor(consumer, seq, now);
  }
  Result<int64_t> DeleteConsumed(int64_t before_ms) override {
    return inner_.DeleteConsumed(before_ms);
  }
  int64_t last() const { return last_; }

 private:
  EventRepository& inner_;
  int64_t last_ = 0;
};

class TrackingTx final : public Tx {
 public:
  explicit TrackingTx(Tx& inner) : inner_(inner), events_(inner.events()) {}
  MemberRepository& members() override { return inner_.members(); }
  SessionRepository& sessions() override { return inner_.sessions(); }
  TokenRepository& tokens() override { return inner_.tokens(); }
  ConnectionRepository& connections() override { return inner_.connections(); }
  FeedbackRepository& feedback() override { return inner_.feedback(); }
  MentorshipRepository& mentorship() override { return inner_.mentorship(); }
  NotificationRepository& notifications() override { return inner_.notifications(); }
  NetworkRepository& network() override { return inner_.network(); }
  ProgramRepository& programs() override { return inner_.programs(); }
  OpportunityRepository& opportunities() override { return inner_.opportunities(); }
  GroupRepository& groups() override { return inner_.groups(); }
  PostRepository& posts() override { return inner_.posts(); }
  IntroductionRepository& introductions() override { return inner_.introductions(); }
  SavedSearchRepository& saved_searches() override { return inner_.saved_searches(); }
  EventRepository& events() override { return events_; }
  int64_t last_seq() const { return events_.last(); }

 private:
  Tx& inner_;
  TrackingEvents events_;
};

}  // namespace

EventDispatcher::EventDispatcher(Store& store, const Clock& clock,
                                 std::vector<TransactionalConsumer*> durable,
                                 std::vector<LiveConsumer*> live, Options options)
    : store_(store), clock_(clock), options_(std::move(options)) {
  for (TransactionalConsumer* c : durable) {
    auto slot = std::make_unique<Slot>();
    slot->durable = c;
    slots_.push_back(std::move(slot));
  }
  for (LiveConsumer* c : live) {
    auto slot = std::make_unique<Slot>();
    slot->live = c;
    {
      MutexLock lock(slot->mu);  // not shared yet; the lock tells the analysis so
      slot->done = c->StartSeq();
    }
    slots_.push_back(std::move(slot));
  }
}

EventDispatcher::~EventDispatcher() = default;

void EventDispatcher::DispatchUpTo(int64_t seq) {
  for (auto& slot : slots_) {
    MutexLock lock(slot->mu);
    if (slot->done >= seq) continue;  // another writer's dispatch took it past ours
    Status s = Run(*slot, seq, /*persist=*/false);
    (void)s;  // reported inside Run; the catch-up pass retries
  }
}

Status EventDispatcher::CatchUp() {
  Status first;
  for (auto& slot : slots_) {
    MutexLock lock(slot->mu);
    Status s = Run(*slot, INT64_MAX, /*persist=*/true);
    if (first.ok() && !s.ok()) first = s;
  }
  return first;
}

Status EventDispatcher::Run(Slot& slot, int64_t until, bool persist) {
  bool more = true;
  bool persisting = false;
  while ((more && slot.done < until) || persisting) {
    Status s;
    try {
      if (persisting) {
        s = PersistCursor(slot);
        persisting = false;
      } else {
        s = slot.durable != nullptr ? RunDurableBatch(slot, more) : RunLiveBatch(slot, more);
        persisting = persist && !(more && slot.done < until) && slot.durable != nullptr &&
                     slot.persisted < slot.done;
      }
    } catch (const std::exception& e) {
      // Escaping, it would fail a request that already committed, or end the catch-up thread.
      s = InternalError(std::string("the consumer threw: ") + e.what());
    }
    if (!s.ok()) {
      Report(slot.durable != nullptr ? slot.durable->Name() : slot.live->Name(), s.error());
      return s;
    }
  }
  return Status::Ok();
}

Status EventDispatcher::RunDurableBatch(Slot& slot, bool& more) {
  TransactionalConsumer& consumer = *slot.durable;
  // A read first: a batch with nothing for this consumer needs no write
  // transaction. It is passed in memory only; the cursor row catches up with
  // the next batch that has an effect, or at the next CatchUp. (Whoever
  // resumes from the older row meets those events again, to no effect.)
  const int64_t known = slot.done;
  std::optional<int64_t> cursor;
  std::vector<StoredEvent> peek;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(cursor, tx.events().Cursor(consumer.Name()));
    ASSIGN_OR_RETURN(peek, tx.events().After(std::max(known, cursor.value_or(0)), options_.batch));
    return Status::Ok();
  }));
  if (cursor) slot.persisted = std::max(slot.persisted, *cursor);
  more = static_cast<int>(peek.size()) == options_.batch;
  bool wanted = false;
  std::vector<Error> undecodable;
  for (const StoredEvent& stored : peek) {
    Result<DomainEvent> event = DecodeEvent(stored.type, stored.payload);
    if (event.ok()) {
      wanted = wanted || consumer.Wants(*event);
    } else if (event.error().kind() != ErrorKind::kNotFound) {
      undecodable.push_back(event.error());
    }
  }
  // Without a row yet, write one even for nothing: retention must know that
  // this consumer exists and what it has not seen.
  if (!wanted && cursor) {
    slot.done = std::max({slot.done, *cursor, peek.empty() ? int64_t{0} : peek.back().seq});
    for (const Error& e : undecodable) Report(consumer.Name(), e);
    return Status::Ok();
  }

  int64_t reached = 0;
  undecodable.clear();
  // Relaxed: losing this transaction loses the effect and the cursor
  // together, and the next pass redoes both from the (durable) events.
  RETURN_IF_ERROR(store_.WriteRelaxed([&](Tx& tx) -> Status {
    // Re-read inside the transaction: another process may have moved it.
    undecodable.clear();
    ASSIGN_OR_RETURN(std::optional<int64_t> row, tx.events().Cursor(consumer.Name()));
    reached = std::max(row.value_or(0), known);  // (known, row] had nothing for it
    ASSIGN_OR_RETURN(std::vector<StoredEvent> events, tx.events().After(reached, options_.batch));
    more = static_cast<int>(events.size()) == options_.batch;
    if (events.empty() && row) return Status::Ok();
    for (const StoredEvent& stored : events) {
      Result<DomainEvent> event = DecodeEvent(stored.type, stored.payload);
      if (event.ok()) {
        RETURN_IF_ERROR(consumer.Handle(tx, stored, *event));
      } else if (event.error().kind() != ErrorKind::kNotFound) {
        undecodable.push_back(event.error());
      }
      reached = stored.seq;
    }
    return tx.events().SetCursor(consumer.Name(), reached, clock_.NowMs());
  }));
  slot.done = std::max(slot.done, reached);
  slot.persisted = std::max(slot.persisted, reached);
  for (const Error& e : undecodable) Report(consumer.Name(), e);
  return Status::Ok();
}

Status EventDispatcher::PersistCursor(Slot& slot) {
  const int64_t done = slot.done;
  RETURN_IF_ERROR(store_.WriteRelaxed([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(std::optional<int64_t> row, tx.events().Cursor(slot.durable->Name()));
    if (row && *row >= done) return Status::Ok();  // another node got further
    return tx.events().SetCursor(slot.durable->Name(), done, clock_.NowMs());
  }));
  slot.persisted = std::max(slot.persisted, done);
  return Status::Ok();
}

Status EventDispatcher::RunLiveBatch(Slot& slot, bool& more) {
  LiveConsumer& consumer = *slot.live;
  std::vector<StoredEvent> events;
  const int64_t after =
      slot.done;  // read under slot.mu, not in the lambda the analysis cannot see into
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(events, tx.events().After(after, options_.batch));
    return Status::Ok();
  }));
  more = static_cast<int>(events.size()) == options_.batch;
  for (const StoredEvent& stored : events) {
    Result<DomainEvent> event = DecodeEvent(stored.type, stored.payload);
    if (event.ok()) {
      RETURN_IF_ERROR(consumer.Apply(stored, *event));  // not past it: retried next pass
    } else if (event.error().kind() != ErrorKind::kNotFound) {
      Report(consumer.Name(), event.error());
    }
    slot.done = stored.seq;
  }
  return Status::Ok();
}

void EventDispatcher::Report(std::string_view consumer, const Error& error) {
  failures_.fetch_add(1);
  if (options_.on_error) options_.on_error(consumer, error);
}

Status EventDispatchingStore::Write(const std::function<Status(Tx&)>& fn) {
  return WriteThenDispatch(fn, /*relaxed=*/false);
}

Status EventDispatchingStore::WriteRelaxed(const std::function<Status(Tx&)>& fn) {
  return WriteThenDispatch(fn, /*relaxed=*/true);
}

Status EventDispatchingStore::WriteThenDispatch(const std::function<Status(Tx&)>& fn,
                                                bool relaxed) {
  int64_t last = 0;
  const auto tracked = [&](Tx& tx) -> Status {
    TrackingTx tracking(tx);
    Status s = fn(tracking);
    last = tracking.last_seq();  // per attempt: a retried attempt starts again
    return s;
  };
  Status status = relaxed ? inner_.WriteRelaxed(tracked) : inner_.Write(tracked);
  if (!status.ok() || last == 0) return status;
  // Committed, not yet dispatched: the crash test kills the process here.
  Failpoint("after_commit");
  dispatcher_.DispatchUpTo(last);
  return status;
}

Result<int64_t> PruneEventLog(Store& store, const Clock& clock, int retention_days) {
  constexpr int64_t kDayMs = 24LL * 3600 * 1000;
  const int64_t before = clock.NowMs() - static_cast<int64_t>(retention_days) * kDayMs;
  int64_t deleted = 0;
  RETURN_IF_ERROR(store.Write([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(deleted, tx.events().DeleteConsumed(before));
    return Status::Ok();
  }));
  return deleted;
}

EventCatchUp::EventCatchUp(EventDispatcher& dispatcher, std::chrono::milliseconds interval,
                           PeriodicTask::Report report)
    : task_(
          "event catch-up", [&dispatcher] { (void)dispatcher.CatchUp(); }, interval,
          std::move(report)) {}  // CatchUp's errors are reported by the dispatcher

}  // namespace pln::app
