// Writes the demo network's plan (demo/plan.h) to a store: `pln demo`.
#pragma once

#include "app/progress.h"
#include "app/repositories.h"
#include "base/clock.h"
#include "base/result.h"
#include "demo/plan.h"

namespace pln::demo {

// What a run did. Counts are of things this run created, so a second run over
// the same store reports members_existing == members and zeros elsewhere.
struct DemoSummary {
  int members_created = 0;
  int members_existing = 0;
  int connections = 0;
  int requests = 0;  // pending connection requests
  int follows = 0;
  int feedback_requests = 0;  // made for the demo login (with reviews and endorsements)
  std::string demo_email;
  std::string demo_password;
};

// Writes the plan to `store`, in transactions of a few dozen members or a few
// hundred ties each, reporting progress in the phases "members",
// "connections", "requests" and "follows".
//
// Idempotent: members are looked up by e-mail and only missing ones created;
// connections are made with the idempotent Connect (skipping pairs with a block);
// pending requests and follows are only made where one of their members was
// created by this run, so a request that someone declined is not sent again.
// An interrupted run can be completed by running again.
//
// Requires InitCrypto(). Errors: kValidation for bad options; the store's errors
// (an error leaves the batches committed so far in place).
// Thread safety: do not run two seeders on one store at the same time.
Result<DemoSummary> SeedDemoNetwork(app::Store& store, const Clock& clock,
                                    const DemoOptions& options, const app::ProgressFn& progress);

}  // namespace pln::demo
