// Who to ask for feedback on a skill (issue 5): members the requester may ask
// who rate the skill above them, ranked with the network engine's closeness.
// Thread-safe (stateless over Store; the engine is thread-safe).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "app/feedback/views.h"
#include "app/network/network_proximity.h"
#include "app/repositories.h"
#include "base/clock.h"
#include "base/ids.h"
#include "base/result.h"

namespace pln::app {

class ReviewerSuggestions {
 public:
  virtual ~ReviewerSuggestions() = default;
  // Up to 10 members who rate `skill` above `me`, among those `me` may ask:
  // connections, discoverable connections of connections and active mentors.
  // Ranked by the level gap, closeness in the network engine (CloseTo: hops,
  // common connections, "2 hops away via Ana"), responsiveness (median
  // response time, lapses) and reciprocity (reviews given). Never a member
  // blocked either way, and never one whose skills section `me` may not see.
  // kUnavailable when the engine is not loaded.
  virtual Result<std::vector<ReviewerSuggestion>> Suggest(MemberId me,
                                                          const std::string& skill) = 0;
};

// `proximity` measures closeness (the network engine in `pln serve`;
// NoProximity() elsewhere, and Suggest is kUnavailable). Borrows all three;
// they must outlive the result.
std::unique_ptr<ReviewerSuggestions> MakeReviewerSuggestions(Store& store, const Clock& clock,
                                                             const ProximitySource& proximity);

}  // namespace pln::app
