// Demo warm introductions (issue 18), seeded after the demo network: the demo
// login asks for introductions in every state (requested, forwarded, accepted
// — and so connected —, silently declined, withdrawn, expired), is asked to
// forward one (and declined another) as a broker, and has one to answer as a
// target, so the Introductions pages show each role. Written through the
// store ports, without events (as the rest of the demo). Idempotent: does
// nothing once the demo login has any introduction.
#pragma once

#include "app/repositories.h"
#include "base/clock.h"
#include "base/result.h"

namespace pln::demo {

struct DemoIntroductionSummary {
  int introductions = 0;
};

Result<DemoIntroductionSummary> SeedDemoIntroductions(app::Store& store, const Clock& clock);

}  // namespace pln::demo
