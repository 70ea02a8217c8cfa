// The demo cohort program: a program lead account (kDemoLeadEmail, the demo
// password) with a draft program of demo members — learners who want a mentor
// as mentees (the demo login among them) and experienced members open to
// mentoring as mentors — so the import → match → review → publish flow can be
// shown right after `pln demo`.
#pragma once

#include "app/repositories.h"
#include "base/clock.h"
#include "demo/plan.h"

namespace pln::demo {

inline constexpr char kDemoLeadEmail[] = "lead@pln.example";
inline constexpr char kDemoProgramName[] = "Spring mentoring cohort";

struct DemoProgramSummary {
  bool created = false;  // false when the lead account existed already (nothing done)
  int mentees = 0, mentors = 0;
};

// Runs after SeedDemoNetwork with the same options (it looks the demo members
// up by the plan's e-mails; missing ones are left out). Idempotent: does
// nothing when the lead account exists. One transaction.
// Requires InitCrypto(). Errors: the store's.
Result<DemoProgramSummary> SeedDemoProgram(app::Store& store, const Clock& clock,
                                           const DemoOptions& options);

}  // namespace pln::demo
