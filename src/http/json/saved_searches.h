// JSON of saved searches (issue 18, item 3): a saved search going out (with
// its query in words and when it last alerted); the bodies of POST and PATCH
// coming in. Readers return kValidation naming every wrong or unknown field
// ("query.kinds[1]", "period", …).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/saved_searches/saved_searches.h"
#include "app/saved_searches/views.h"
#include "base/result.h"
#include "domain/saved_search.h"

namespace pln::http {

// Whole response bodies: one object, or {"items": [...]}.
std::string SavedSearchJson(const app::SavedSearchView& view);
std::string SavedSearchListJson(const std::vector<app::SavedSearchView>& items);

// POST /saved-searches: name and query optional (an empty query matches every
// post), period optional ("daily").
Result<domain::SavedSearchInput> ReadSavedSearchInput(const nlohmann::json& body);
// PATCH /saved-searches/{id}: any of name, query (replaced whole) and period.
Result<app::SavedSearchPatch> ReadSavedSearchPatch(const nlohmann::json& body);

}  // namespace pln::http
