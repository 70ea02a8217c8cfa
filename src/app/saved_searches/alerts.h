// Saved-search alerts (issue 18, item 3), in two steps that both run in the
// background, never in the request that posts:
//
//  1. SavedSearchMatcher, a durable event consumer of OpportunityPosted,
//     records each new open post as pending for every saved search it matches
//     (posted after the search was saved, by someone else). It is driven by
//     its own dispatcher and catch-up thread (cli/runtime.cc, cmd_serve.cc),
//     not by the dispatch that follows a write, so posting costs the poster
//     nothing however many searches there are. Its cursor and its rows commit
//     together: every post is matched exactly once.
//  2. TellIfDue, called by the matcher right after recording (so an instant
//     search hears within seconds) and by SavedSearchSweep once a minute,
//     sends at most one notification per saved search per period
//     (domain::AlertDue) naming the pending posts that may still be told:
//     still open, still matching, no block either way (checked at sending
//     time, since any of these may have changed). The others are dropped;
//     the told ones stay recorded, so no post is ever told twice.
#pragma once

#include <string_view>

#include "app/events/event_dispatcher.h"
#include "app/repositories.h"
#include "base/clock.h"
#include "base/result.h"

namespace pln::app {

// Inside the caller's write transaction: the alert of `search` if one is due
// at `now`; true when a notification was written.
Result<bool> TellIfDue(Tx& tx, const SavedSearch& search, int64_t now);

// Thread-compatible (stateless but for the borrowed clock); the dispatcher serialises calls.
class SavedSearchMatcher final : public TransactionalConsumer {
 public:
  explicit SavedSearchMatcher(const Clock& clock) : clock_(clock) {}
  // The cursor's key in event_cursors; never renamed.
  std::string_view Name() const override { return "saved_search_alerts"; }
  Status Handle(Tx& tx, const StoredEvent& stored, const DomainEvent& event) override;
  bool Wants(const DomainEvent& event) const override;

 private:
  const Clock& clock_;
};

// What time alone makes happen: daily and weekly alerts whose period has
// passed, and instant ones held back by the minimum gap. `pln serve` runs it
// once a minute and `pln sweep` once; HTTP never calls it.
class SavedSearchSweep final {
 public:
  // Borrowed: `store` and `clock` must outlive the sweep.
  SavedSearchSweep(Store& store, const Clock& clock) : store_(store), clock_(clock) {}
  // One write transaction per saved search with something pending; returns
  // how many alerts went out. Safe to run on several nodes at once (each
  // alert's pending rows are read and marked in one serializable write).
  Result<int> Run();

 private:
  Store& store_;
  const Clock& clock_;
};

}  // namespace pln::app
