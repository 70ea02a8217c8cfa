// Hands the event log to its consumers, in seq order, each from its own
// cursor (docs/architecture.md, "Events").
//
// Two kinds of consumer:
//  - durable (TransactionalConsumer): its effect and its cursor in
//    event_cursors commit in one write transaction, so after a crash it
//    resumes where it stopped and each event takes effect exactly once
//    (delivery is at least once; the transaction makes it count once). The
//    notifications are one. That transaction is a Store::WriteRelaxed: it
//    need not reach the disk before the writer's request returns, since
//    losing it loses effect and cursor together and the durable events are
//    handled again.
//  - in memory (LiveConsumer): state rebuilt from the tables at start-up,
//    with a cursor in memory that starts at the log's high-water mark read
//    BEFORE that load; applying must be idempotent, since an event committed
//    during the load is both in the tables and after the mark. The network
//    engine is one.
//
// A consumer's error stops its pass without moving its cursor past the
// failing event: the next pass (the next write's dispatch, or the catch-up
// thread) retries it. An event that cannot be decoded can never succeed: it
// is reported and passed (a type this build does not know, written by a newer
// node, is passed silently).
//
// Thread safety: all methods may be called from any thread. Each consumer has
// a lock; passes over one consumer run one at a time, so concurrent writers
// wait for each other's dispatch and a consumer sees events strictly in order.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "app/repositories.h"
#include "base/clock.h"
#include "base/mutex.h"
#include "base/periodic_task.h"
#include "base/result.h"

namespace pln::app {

class TransactionalConsumer {
 public:
  virtual ~TransactionalConsumer() = default;
  // Its cursor's key in event_cursors; never renamed.
  virtual std::string_view Name() const = 0;
  // Inside the write transaction that also moves the cursor past `stored`.
  // An error rolls back the whole batch (and the cursor).
  virtual Status Handle(Tx& tx, const StoredEvent& stored, const DomainEvent& event) = 0;
  // False when Handle would do nothing with `event`: a batch of only such
  // events costs no write transaction.
  virtual bool Wants(const DomainEvent& event) const {
    (void)event;
    return true;
  }
};

class LiveConsumer {
 public:
  virtual ~LiveConsumer() = default;
  virtual std::string_view Name() const = 0;
  // The seq its state already reflects (the high-water mark read before loading).
  virtual int64_t StartSeq() const = 0;
  virtual Status Apply(const StoredEvent& stored, const DomainEvent& event) = 0;
};

class EventDispatcher {
 public:
  struct Options {
    int batch = 200;  // events per transaction (durable) or read (live)
    // A consumer failed (and will be retried) or an event could not be
    // decoded (and was passed); e.g. a log line. May be empty.
    std::function<void(std::string_view consumer, const Error&)> on_error;
  };

  // The store is the undecorated one: consumers' own writes append no events.
  // Consumers are borrowed and must outlive the dispatcher.
  EventDispatcher(Store& store, const Clock& clock, std::vector<TransactionalConsumer*> durable,
                  std::vector<LiveConsumer*> live, Options options);
  EventDispatcher(Store& store, const Clock& clock, std::vector<TransactionalConsumer*> durable,
                  std::vector<LiveConsumer*> live)
      : EventDispatcher(store, clock, std::move(durable), std::move(live), Options{}) {}
  ~EventDispatcher();

  // Brings every consumer past `seq` if it can (a writer's read-your-writes).
  // Errors are reported through on_error and left for the next pass.
  void DispatchUpTo(int64_t seq);
  // Runs every consumer to the end of the log; the first error, if any.
  Status CatchUp();

  uint64_t failures() const { return failures_.load(); }

 private:
  struct Slot {
    TransactionalConsumer* durable = nullptr;
    LiveConsumer* live = nullptr;
    Mutex mu;                         // one pass at a time over this consumer
    int64_t done GUARDED_BY(mu) = 0;  // every event <= done is handled
    // Durable: the highest cursor row this node read or wrote (-1: none yet).
    // Below `done` after batches that had nothing for the consumer.
    int64_t persisted GUARDED_BY(mu) = -1;
  };

  // One pass to the end of the log, or until done >= until. A consumer that throws fails the
  // pass like one that returns an error (reported, retried by the next pass).
  // `persist`: also write a durable consumer's cursor row up to `done` if it
  // lags (CatchUp does; a writer's dispatch leaves that to it).
  Status Run(Slot& slot, int64_t until, bool persist) REQUIRES(slot.mu);
  Status RunDurableBatch(Slot& slot, bool& more) REQUIRES(slot.mu);
  Status RunLiveBatch(Slot& slot, bool& more) REQUIRES(slot.mu);
  Status PersistCursor(Slot& slot) REQUIRES(slot.mu);
  void Report(std::string_view consumer, const Error& error);

  Store& store_;
  const Clock& clock_;
  Options options_;
  std::vector<std::unique_ptr<Slot>> slots_;
  std::atomic<uint64_t> failures_{0};
};

// Store decorator: Write commits through the inner store and then, when the
// transaction appended events, dispatches up to its last seq before
// returning, so the next query on this node sees the write's effects. The
// failpoint "after_commit" (base/failpoint.h) sits between the two.
// Everything else passes through. Thread-safe as the inner store.
class EventDispatchingStore final : public Store {
 public:
  EventDispatchingStore(Store& inner, EventDispatcher& dispatcher)
      : inner_(inner), dispatcher_(dispatcher) {}

  Status Read(const std::function<Status(Tx&)>& fn) override { return inner_.Read(fn); }
  Status Write(const std::function<Status(Tx&)>& fn) override;
  Status WriteRelaxed(const std::function<Status(Tx&)>& fn) override;
  Status Export(const std::function<Status(const DumpRow&)>& sink) override {
    return inner_.Export(sink);
  }
  Status Import(const std::function<Result<std::optional<DumpRow>>()>& source) override {
    return inner_.Import(source);
  }
  Result<int64_t> CountRows() override { return inner_.CountRows(); }
  std::string Kind() const override { return inner_.Kind(); }

 private:
  Status WriteThenDispatch(const std::function<Status(Tx&)>& fn, bool relaxed);

  Store& inner_;
  EventDispatcher& dispatcher_;
};

// Retention: deletes the events older than `retention_days` that every
// durable consumer has passed (tx.events().DeleteConsumed); returns how many.
// Run by the periodic sweep.
Result<int64_t> PruneEventLog(Store& store, const Clock& clock, int retention_days);

// Catches up what a failed or crashed dispatch left behind: at once, then
// every `interval`, until destroyed (which waits for a running pass). A pass
// that throws is reported through `report` (throttled) and the next one runs.
class EventCatchUp {
 public:
  EventCatchUp(EventDispatcher& dispatcher, std::chrono::milliseconds interval,
               PeriodicTask::Report report = nullptr);

 private:
  PeriodicTask task_;
};

}  // namespace pln::app
