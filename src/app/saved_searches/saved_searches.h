// Saved searches (issue 18, item 3): a member keeps up to ten opportunity
// queries, each with a delivery period, and is alerted in-app about new
// matching posts (the alerts: app/saved_searches/alerts.h).
//
// Authorization: a saved search is its owner's alone; anyone else gets
// kNotFound, exactly as for a missing one.
//
// Thread safety: stateless over Store; safe from any thread.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/repositories.h"
#include "app/saved_searches/views.h"
#include "base/clock.h"
#include "base/result.h"
#include "domain/saved_search.h"

namespace pln::app {

// What an edit changes; absent parts stay as they are.
struct SavedSearchPatch {
  std::optional<std::string> name;  // "": named after the (new) query
  std::optional<domain::OpportunityQuery> query;
  std::optional<domain::AlertPeriod> period;
};

class SavedSearches {
 public:
  virtual ~SavedSearches() = default;
  // kValidation naming each bad field; kConflict "too_many_saved_searches" at
  // the tenth. Posts from before this moment are never alerted.
  virtual Result<SavedSearchView> Create(MemberId me, domain::SavedSearchInput input) = 0;
  // Oldest first (at most ten).
  virtual Result<std::vector<SavedSearchView>> ListMine(MemberId me) = 0;
  virtual Result<SavedSearchView> Get(MemberId me, SavedSearchId id) = 0;
  // kValidation as Create. Posts already told stay told; pending ones are
  // checked against the new query when the next alert goes out.
  virtual Result<SavedSearchView> Update(MemberId me, SavedSearchId id, SavedSearchPatch patch) = 0;
  virtual Status Delete(MemberId me, SavedSearchId id) = 0;
};

// `store` and `clock` are borrowed and must outlive the result.
std::unique_ptr<SavedSearches> MakeSavedSearches(Store& store, const Clock& clock);

}  // namespace pln::app
