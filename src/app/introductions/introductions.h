// Warm introductions with consent (issue 18): A asks B, a connection of both,
// to introduce them to C; B forwards (perhaps editing the blurb) or declines;
// C accepts or declines; A may withdraw; unanswered requests expire after 14
// days (IntroductionSweep). On acceptance A and C become connected in the same
// transaction.
//
// Privacy: declines are silent — A is shown "requested"/"forwarded" until the
// request expires ("not_possible") or is withdrawn, and never who declined; C
// hears of a request only once B forwarded it and never reads A's note to B.
// Anyone without a role in a request, and a party blocked either way with
// another party, gets kNotFound exactly as for a missing one. A block between
// any two of the three makes a request impossible, refused with one neutral
// message that never says who blocked whom.
//
// Race safety: each transition is one serializable write ending in a
// conditional update (… WHERE id AND status); of two racing transitions that
// exclude each other (A withdraws while C accepts, B forwards twice) one
// commits and the other gets kConflict, and nothing of the loser is written.
// Thread-safe (stateless over Store).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/introductions/views.h"
#include "app/repositories.h"
#include "base/clock.h"
#include "base/ids.h"
#include "base/result.h"
#include "domain/introduction.h"

namespace pln::app {

class Introductions {
 public:
  virtual ~Introductions() = default;

  // kValidation naming the field: the input rules (domain), "broker" not
  // connected to both, "target" already connected or not possible (a block, or
  // no such member: the same words), "opportunity" unknown. kRateLimited
  // "too_many_introductions" past 5 asks in 7 days, "broker_busy" when the
  // broker got 10. kConflict "introduction_open" for a second unsettled ask to
  // the same target.
  virtual Result<IntroductionView> Request(MemberId me, domain::IntroductionInput input) = 0;
  virtual Result<IntroductionView> Get(MemberId me, IntroductionId id) = 0;
  // The newest 100 where `me` has `role` (to forward: broker; to answer:
  // target; mine: requester), leaving out those with a party blocked either
  // way with `me`.
  virtual Result<std::vector<IntroductionView>> List(MemberId me,
                                                     domain::IntroductionRole role) = 0;

  // The transitions: kNotFound as above; kForbidden "wrong_party"; kConflict
  // "not_open", "expired", "already_forwarded" (domain rule), "changed" when a
  // concurrent transition won, "not_possible" when a block or a removed
  // connection now stands between the parties.
  // The broker forwards; `blurb` replaces A's when given (validated).
  virtual Result<IntroductionView> Forward(MemberId me, IntroductionId id,
                                           std::optional<std::string> blurb) = 0;
  // The broker before forwarding, or the target after.
  virtual Result<IntroductionView> Decline(MemberId me, IntroductionId id) = 0;
  virtual Result<IntroductionView> Accept(MemberId me, IntroductionId id) = 0;
  virtual Result<IntroductionView> Withdraw(MemberId me, IntroductionId id) = 0;
};

// Borrowed: `store` and `clock` must outlive the result.
std::unique_ptr<Introductions> MakeIntroductions(Store& store, const Clock& clock);

}  // namespace pln::app
