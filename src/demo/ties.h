// The ties of the demo network: connections, pending requests and follows
// over the generated people, deterministic in the seed.
#pragma once

#include <cstdint>
#include <vector>

#include "demo/people.h"
#include "demo/plan.h"

namespace pln::demo {

// Fills plan.connections, plan.requests and plan.follows over plan.people
// (whose traits are `traits`, index for index). Community structure comes
// from cohorts, employers and schools; the heavy tail of degrees from
// preferential attachment.
void BuildTies(uint64_t seed, const std::vector<Traits>& traits, DemoPlan& plan, int64_t now);

}  // namespace pln::demo
