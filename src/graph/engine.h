// graph::Engine: the live, in-memory member network behind "people you may know"
// and "how you're connected".
//
// Concurrency model (see src/graph/README.md):
//   * State = an immutable Snapshot (CSR, attributes, inverted indexes) plus an
//     immutable Delta of the writes since that snapshot. The current State is one
//     shared_ptr<const State>, swapped under `state_mu_`, a mutex held only for the
//     pointer copy (a few nanoseconds), so readers never wait for writers, merges
//     or other readers beyond that.
//   * Readers (PeopleYouMayKnow, HowConnected, Acquire) copy the pointer and run
//     the whole query on that State without locks; the State stays alive as long as
//     they hold it. A query therefore sees every write acknowledged before it
//     started (read-your-writes for the next query) and none made during it.
//   * Writers are serialized by `write_mu_`: each copies the current Delta
//     (copy-on-write; untouched per-member entries are shared), applies its change,
//     appends it to the operation log and publishes the new State. Cost O(members
//     touched by the delta), bounded by the merge threshold.
//   * Merge: when the log reaches Options::merge_threshold operations, a
//     background thread materializes base + delta into a new Snapshot without
//     holding any lock, then, under `write_mu_`, replays the operations that
//     arrived meanwhile onto an empty Delta over the new Snapshot and publishes.
//     Member indices are stable across merges (new members are appended). While a
//     merge runs, two snapshots may be alive (the old one until its last reader
//     lets go).
// All public methods are thread-safe. The destructor stops the merge thread;
// no call may be running or start during destruction.
//
// Privacy contract: feed the engine only attributes that members may see (see
// snapshot.h). Suggestions exclude the viewer, connections, pending requests either
// way, dismissed and blocked (either way) members and non-discoverable members;
// paths never pass through members blocked either way with the viewer.
//
// Errors: kNotFound for an unknown member id; kValidation for a relation of a
// member with itself.
#pragma once

#include <cstdint>
#include <memory>
#include <thread>
#include <vector>

#include "base/ids.h"
#include "base/mutex.h"
#include "base/result.h"
#include "graph/delta.h"
#include "graph/paths.h"
#include "graph/recommender.h"

namespace pln::graph {

struct PersonSuggestion {
  MemberId member;
  double score = 0;
  uint32_t mutual_count = 0;
  std::vector<MemberId> mutuals;  // up to 3, most connected first
  std::vector<uint32_t> shared_fields, shared_skills, shared_groups;
  bool same_organization = false;
  bool complementary = false;
  bool follows = false;
};

struct MemberPath {
  std::vector<MemberId> members;       // viewer first, target last
  std::vector<uint32_t> hop_strength;  // mutual connections per hop
};

class Engine {
 public:
  struct Options {
    size_t merge_threshold = 4096;  // logged operations that trigger a merge
    bool background_merge = true;   // false: merge only in MergeNow()
    Weights weights = DefaultWeights();
    RecommendOptions recommend;
    PathOptions paths;
  };

  // One consistent, immutable picture of the network.
  struct State {
    std::shared_ptr<const Snapshot> snapshot;
    std::shared_ptr<const Delta> delta;
    GraphView view() const { return GraphView(*snapshot, delta.get()); }
  };

  // Takes shared ownership of `base` (e.g. built by SnapshotBuilder at start-up).
  static std::unique_ptr<Engine> Create(std::shared_ptr<const Snapshot> base, Options options);
  static std::unique_ptr<Engine> Create(std::shared_ptr<const Snapshot> base) {
    return Create(std::move(base), Options{});
  }
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // --- writes: visible to every query that starts after they return ---
  // Adds a member or replaces its attributes.
  Status UpsertMember(MemberId member, MemberAttributes attributes);
  Status AddConnection(MemberId a, MemberId b) { return Set(Relation::kConnection, a, b, true); }
  Status RemoveConnection(MemberId a, MemberId b) {
    return Set(Relation::kConnection, a, b, false);
  }
  Status Follow(MemberId follower, MemberId followed) {
    return Set(Relation::kFollowing, follower, followed, true);
  }
  Status Unfollow(MemberId follower, MemberId followed) {
    return Set(Relation::kFollowing, follower, followed, false);
  }
  Status Block(MemberId blocker, MemberId blocked) {
    return Set(Relation::kBlocking, blocker, blocked, true);
  }
  Status Unblock(MemberId blocker, MemberId blocked) {
    return Set(Relation::kBlocking, blocker, blocked, false);
  }
  Status AddPendingRequest(MemberId from, MemberId to) {
    return Set(Relation::kRequestSent, from, to, true);
  }
  Status RemovePendingRequest(MemberId from, MemberId to) {
    return Set(Relation::kRequestSent, from, to, false);
  }
  Status Dismiss(MemberId viewer, MemberId candidate) {
    return Set(Relation::kDismissed, viewer, candidate, true);
  }
  Status Undismiss(MemberId viewer, MemberId candidate) {
    return Set(Relation::kDismissed, viewer, candidate, false);
  }
  // Generic form: adds (present) or removes `a → b` in r (and its inverse).
  Status Set(Relation r, MemberId a, MemberId b, bool present);

  // --- reads ---
  Result<std::vector<PersonSuggestion>> PeopleYouMayKnow(MemberId viewer, size_t k) const;
  // Up to max_paths shortest paths (≤ 3 hops), strongest first; empty if none.
  Result<std::vector<MemberPath>> HowConnected(MemberId viewer, MemberId target,
                                               size_t max_paths = 3) const;
  // The current State, for custom read-only queries (hold it only as long as needed:
  // it keeps its snapshot alive).
  std::shared_ptr<const State> Acquire() const EXCLUDES(state_mu_);

  // Merges the delta into a new snapshot now, on the calling thread.
  Status MergeNow() EXCLUDES(merge_mu_, write_mu_);

  struct Stats {
    uint32_t members = 0;
    uint64_t snapshot_connections = 0;
    size_t logged_operations = 0;  // writes since the current snapshot
    uint64_t merges = 0;
    size_t core_bytes = 0;  // connection CSR of the current snapshot
  };
  Stats GetStats() const EXCLUDES(write_mu_, state_mu_);

 private:
  struct Op {
    bool member = false;  // UpsertMember, else Set
    int64_t a = 0, b = 0;
    Relation relation = Relation::kConnection;
    bool present = true;
    std::shared_ptr<const FlatAttributes> attributes;
  };

  Engine(std::shared_ptr<const Snapshot> base, Options options);
  Status Write(Op op) EXCLUDES(write_mu_);
  static Status Apply(const Op& op, const Snapshot& base, Delta& delta);
  void Publish(std::shared_ptr<const State> state) EXCLUDES(state_mu_);
  void MergeLoop() EXCLUDES(write_mu_, merge_mu_);

  const Options options_;

  mutable Mutex state_mu_ ACQUIRED_AFTER(write_mu_);
  std::shared_ptr<const State> state_ GUARDED_BY(state_mu_);

  mutable Mutex write_mu_ ACQUIRED_AFTER(merge_mu_);  // writers and the merge's final replay
  std::vector<Op> log_ GUARDED_BY(write_mu_);         // operations since state_->snapshot
  bool merge_requested_ GUARDED_BY(write_mu_) = false;
  bool stop_ GUARDED_BY(write_mu_) = false;
  uint64_t merges_ GUARDED_BY(write_mu_) = 0;
  CondVar merge_cv_;

  Mutex merge_mu_;  // one merge at a time (background or MergeNow)
  std::thread merge_thread_;
};

}  // namespace pln::graph
