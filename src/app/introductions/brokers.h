// Choosing who introduces whom (issue 18): for a target C, the requester's
// mutual connections with C ranked by domain::RankBrokers (the weaker of the
// two ties counts most, then how quickly they answer asks; a broker at the
// weekly limit is left out), each with reasons; and, from an opportunity, the
// people worth meeting there (its poster, members two hops away who work at
// its organization) with the best broker for each.
//
// Privacy: a mutual connection is suggested only when the requester may see
// the connections of the broker or of the target (the suggestion reveals the
// tie); a member at the organization only when the requester may see their
// details (where the organization is); blocks hide members either way.
// Tie strength: how long each connection has lasted and, when the network
// engine is loaded, how many connections the two share.
// Thread-safe (stateless over Store).
#pragma once

#include <memory>
#include <vector>

#include "app/introductions/views.h"
#include "app/network/network_proximity.h"
#include "app/repositories.h"
#include "base/clock.h"
#include "base/ids.h"
#include "base/result.h"

namespace pln::app {

class IntroductionBrokers {
 public:
  virtual ~IntroductionBrokers() = default;
  // kNotFound "member" for a target `me` may not see; kValidation "target" for
  // oneself or a current connection. At most 5 brokers; none is a valid answer.
  virtual Result<BrokerSuggestions> Suggest(MemberId me, MemberId target) = 0;
  // kNotFound "opportunity" for a missing or hidden one, or one whose poster is
  // blocked either way with `me`. At most 10 paths, best broker first; targets
  // without a broker, and members already connected to `me`, are left out.
  virtual Result<std::vector<IntroductionPath>> FromOpportunity(MemberId me,
                                                                OpportunityId opportunity) = 0;
};

// Borrowed: `store`, `clock` and `proximity` must outlive the result.
// `proximity` may be NoProximity() (ties are then measured by age alone).
std::unique_ptr<IntroductionBrokers> MakeIntroductionBrokers(Store& store, const Clock& clock,
                                                             const ProximitySource& proximity);

}  // namespace pln::app
