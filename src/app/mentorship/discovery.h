// Mentor discovery (issue 4): open offers ranked for the caller by fit with
// their goals, fields and skills (domain/mentor_fit), network proximity up
// to 3 hops (CloseTo: "2 hops away via Ana"), responsiveness and open
// capacity. Thread-safe (stateless over Store).
#pragma once

#include <memory>

#include "app/mentorship/views.h"
#include "app/network/network_proximity.h"
#include "app/repositories.h"
#include "base/clock.h"
#include "base/ids.h"
#include "base/result.h"

namespace pln::app {

class MentorDiscovery {
 public:
  virtual ~MentorDiscovery() = default;

  // Mentors ranked for `me`. Never self, members blocked either way,
  // non-discoverable members or paused offers. Full offers come after those
  // with room, marked `full`; last come the mentors `me` may not ask (their
  // current mentor, one with an open request from them, a past mentor),
  // marked `askable: false` with the reason. Reasons use only what `me` may see. kValidation for a
  // bad limit or cursor; kUnavailable when `proximity` is not available.
  virtual Result<MentorPage> Find(MemberId me, const MentorSearch& search) = 0;
};

// `proximity` measures closeness (the network engine in `pln serve`;
// NoProximity() elsewhere, and Find is kUnavailable); `clock` tells which open
// requests have expired. All borrowed: they must outlive the result.
std::unique_ptr<MentorDiscovery> MakeMentorDiscovery(Store& store, const Clock& clock,
                                                     const ProximitySource& proximity);

}  // namespace pln::app
