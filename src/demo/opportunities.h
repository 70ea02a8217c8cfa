// Demo opportunities (issue 18), seeded after the network and mentoring: a
// few dozen posts of every kind (job, internship, project, volunteering,
// event) from members at their organizations, many asking for the demo
// login's skills and posted by its mentor or connections, so For you shows
// ranked posts with reasons; the demo login's own post with two interested
// connections, and the demo login interested in one. Idempotent: does nothing
// once any opportunity exists.
#pragma once

#include "app/repositories.h"
#include "base/clock.h"
#include "base/result.h"

namespace pln::demo {

struct DemoOpportunitySummary {
  int opportunities = 0;
  int interests = 0;
};

Result<DemoOpportunitySummary> SeedDemoOpportunities(app::Store& store, const Clock& clock);

}  // namespace pln::demo
