// How close two members are in the connection graph, for the features that
// rank people by it (mentor discovery, issue 4; reviewer suggestions, issue 5).
//
// The measure comes from one place: the in-memory network engine
// (NetworkService implements ProximitySource). CloseTo() is the one adapter
// both features use: it takes the engine's answer and checks it against the
// store inside the caller's transaction, so that what is shown is both
// current and allowed:
//   - hops 1 only for a current connection (a connection made or ended a
//     moment ago on this node is already in the engine; the store decides);
//   - the first intermediary `via` is named only when it still exists, is
//     still one of the viewer's connections (so the viewer may see its
//     connections, including the next hop) and is not blocked either way with
//     the viewer or with the other member. Otherwise the hop count stands
//     but nobody is named.
// Counts (hops, common connections) are aggregate and never name anyone, as
// in "people you may know".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/connections/connection_service.h"
#include "app/repositories.h"
#include "base/ids.h"
#include "base/result.h"

namespace pln::app {

// The engine's answer for one pair.
struct NetworkProximity {
  std::optional<int> hops;      // 1..3; nullopt: not within 3 hops (or unknown)
  int64_t mutual_count = 0;     // common connections
  std::optional<MemberId> via;  // first intermediary of the strongest shortest path
};

class ProximitySource {
 public:
  virtual ~ProximitySource() = default;
  // False when there is no measure here (the engine is not loaded in this
  // command): the features that rank by it answer kUnavailable.
  virtual bool Available() const { return true; }
  // Never passes through members blocked either way with `viewer`; cheap
  // (no store access). Unknown members: {nullopt, 0, nullopt}.
  virtual NetworkProximity GetProximity(MemberId viewer, MemberId other) const = 0;
};

// The source for commands that do not load the network engine: not
// available, so mentor discovery and reviewer suggestions answer kUnavailable
// "the network engine is not loaded". Stateless; one shared instance.
const ProximitySource& NoProximity();

// Proximity as a feature may show it to the viewer.
struct Closeness {
  std::optional<int> hops;  // 1..3; nullopt: farther or unknown
  int64_t mutual_count = 0;
  std::optional<MemberSummary> via;  // named intermediary (rules above)
};

// Closeness of each of `others` to `viewer` (an entry for every one of them).
Result<std::unordered_map<MemberId, Closeness>> CloseTo(Tx& tx, const ProximitySource& source,
                                                        MemberId viewer,
                                                        const std::vector<MemberId>& others);

// 1 for a connection, 0.5..0.7 at two hops (more with common connections),
// 0.3 at three hops, 0 otherwise.
double ClosenessScore(const Closeness& c);

// "you are connected", "2 hops away via Ana (3 mutual connections)",
// "2 hops away", "3 hops away via Ana"; empty when not within 3 hops.
std::string DescribeCloseness(const Closeness& c);

}  // namespace pln::app
