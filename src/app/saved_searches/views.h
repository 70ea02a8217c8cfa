// What the saved-search use cases return (issue 18, item 3).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "base/ids.h"
#include "domain/opportunity_query.h"
#include "domain/saved_search.h"

namespace pln::app {

struct SavedSearchView {
  SavedSearchId id;
  std::string name;
  std::string description;  // the query in words (domain::DescribeQuery)
  domain::OpportunityQuery query;
  domain::AlertPeriod period = domain::AlertPeriod::kDaily;
  int64_t created_at = 0, updated_at = 0;
  std::optional<int64_t> last_alert_at;  // never alerted yet: empty
};

}  // namespace pln::app
