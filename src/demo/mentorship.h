// Demo mentorship data (issue 4), seeded after the demo network: mentor
// offers for experienced members open to mentoring, and for the demo login an
// active mentorship with goals and check-ins, an ended one kept as an alumni
// tie with a light periodic check-in, plus requests in other states,
// so every mentoring page has something to show. Idempotent: does nothing
// once any offer exists.
#pragma once

#include "app/repositories.h"
#include "base/clock.h"
#include "base/result.h"

namespace pln::demo {

struct DemoMentorshipSummary {
  int offers = 0;
  int requests = 0;
  int mentorships = 0;
};

Result<DemoMentorshipSummary> SeedDemoMentorship(app::Store& store, const Clock& clock);

}  // namespace pln::demo
