// Demo saved searches (issue 18, item 3): the demo login keeps two, so the
// saved-search page has something to show and a matching post alerts it.
// Idempotent: does nothing when the demo login has any saved search already
// (or does not exist).
#pragma once

#include "app/repositories.h"
#include "base/clock.h"
#include "base/result.h"

namespace pln::demo {

// How many saved searches this run created (0 or 2).
Result<int> SeedDemoSavedSearches(app::Store& store, const Clock& clock);

}  // namespace pln::demo
