// NetworkService: the in-memory network engine (graph::Engine) inside the
// server — "people you may know", "how you're connected" and a cheap proximity
// measure for other features — kept in step with the store.
//
// Life cycle: Create() reads the event log's high-water mark, then loads the
// whole network from the store (see network_loader.h) and starts the engine.
// Afterwards it is a LiveConsumer of the event log (events/event_dispatcher.h): for
// each event about a pair or a member it reads the committed state of that
// pair or member back from the store and applies the difference to the
// engine. That is idempotent, so an event committed during the load (in the
// tables and after the mark) does no harm, and it mirrors whatever the write
// did (a block also ends the connection, follows and requests; crossing
// requests become a connection) without re-implementing those rules. The
// writer's dispatch runs before its write returns, so the next query on this
// node sees the write; writes of other `pln serve` nodes sharing a PostgreSQL
// database arrive with the catch-up pass. Dismiss() applies its own write at
// once and its event again later, harmlessly.
//
// Privacy: the engine is fed only what any member may see (network_loader.h),
// and every answer is checked again against the store before it leaves: a
// suggested member must still exist, be discoverable and be neither
// connected, nor pending either way, nor blocked either way; a mutual
// connection is named only if the viewer may see that member; shared fields,
// skills, organization and mentoring are stated only if the viewer may see
// them on the candidate's profile; a path hop between two other members is
// shown only if the viewer may see the connections of one of them.
//
// Thread safety: all methods may be called from any number of threads. Queries
// never wait for writers (see graph/engine.h); Apply calls serialize among
// themselves so that their read-then-apply steps cannot overtake each other.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/connections/connection_service.h"
#include "app/events/event_dispatcher.h"
#include "app/network/network.h"
#include "app/network/network_loader.h"
#include "app/network/network_proximity.h"
#include "app/progress.h"
#include "app/repositories.h"
#include "base/clock.h"
#include "base/mutex.h"
#include "base/result.h"
#include "graph/engine.h"

namespace pln::app {

// Serves three ports, so the class is declared here: Network (HTTP), the
// dispatcher's LiveConsumer and the ProximitySource of other features.
class NetworkService final : public Network, public LiveConsumer, public ProximitySource {
 public:
  struct Options {
    graph::Engine::Options engine;
    // Called when keeping the engine in step failed outside an event (a
    // member first seen in a query); e.g. a log line. May be empty. Failures
    // while applying events go to the dispatcher, which retries them.
    std::function<void(const Error&)> on_sync_error;
  };

  // Loads the network from the store and starts the engine. `progress` sees
  // the load phases. `store` is the undecorated one (no dispatch): this
  // service's own write (Dismiss) is applied by itself. Errors: the store's.
  static Result<std::unique_ptr<NetworkService>> Create(Store& store, const Clock& clock,
                                                        const ProgressFn& progress,
                                                        Options options);
  static Result<std::unique_ptr<NetworkService>> Create(Store& store, const Clock& clock) {
    return Create(store, clock, NoProgress(), Options{});
  }

  // Network (see network.h for the contracts).
  Result<std::vector<PersonSuggestionView>> PeopleYouMayKnow(MemberId viewer, int limit) override;
  Status Dismiss(MemberId viewer, MemberId other) override;
  Result<std::vector<ConnectionPathView>> HowConnected(MemberId viewer, MemberId target) override;

  // For other features (mentor discovery, reviewer suggestions): hops, common
  // connections and the first intermediary, from the engine alone — no store
  // access, a few microseconds. Never passes through members blocked either
  // way with the viewer. The caller decides whether it may show `via` (check
  // that the viewer may see that member: CloseTo() in network_proximity.h does).
  // Unknown members: {nullopt, 0, nullopt}.
  NetworkProximity GetProximity(MemberId viewer, MemberId other) const override;

  // LiveConsumer: applies events about members and pairs (see above).
  std::string_view Name() const override { return "network"; }
  int64_t StartSeq() const override { return start_seq_; }
  Status Apply(const StoredEvent& stored, const DomainEvent& event) override;

  const NetworkLoadStats& load_stats() const { return load_stats_; }
  graph::Engine::Stats engine_stats() const { return engine_->GetStats(); }
  uint64_t sync_failures() const { return sync_failures_.load(); }

 private:
  NetworkService(Store& store, const Clock& clock, Options options);
  Status SyncMember(MemberId member) REQUIRES(sync_mu_);
  Status SyncPair(MemberId a, MemberId b) REQUIRES(sync_mu_);
  Status EnsureKnown(MemberId member) REQUIRES(sync_mu_);
  void Report(const Status& status);

  Store& store_;
  const Clock& clock_;
  Options options_;
  AttributeDictionary dict_;
  NetworkLoadStats load_stats_;
  std::unique_ptr<graph::Engine> engine_;
  int64_t start_seq_ = 0;  // the log's high-water mark read before the load
  Mutex sync_mu_;          // serializes read-then-apply steps
  std::atomic<uint64_t> sync_failures_{0};
};

}  // namespace pln::app
