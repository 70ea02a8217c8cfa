#include "demo/saved_searches.h"

#include <vector>

#include "demo/plan.h"
#include "domain/saved_search.h"

namespace pln::demo {
namespace {

// What a data-science learner (the demo login) would watch: remote data jobs
// and internships told at once, and SQL projects and events once a week.
std::vector<domain::SavedSearchInput> DemoSearches() {
  domain::SavedSearchInput jobs;
  jobs.name = "Data jobs, remote";
  jobs.query.kinds = {domain::OpportunityKind::kJob, domain::OpportunityKind::kInternship};
  jobs.query.fields = {"Data Science"};
  jobs.query.remote_only = true;
  jobs.period = domain::AlertPeriod::kInstant;
  domain::SavedSearchInput practice;
  practice.name = "SQL practice";
  practice.query.kinds = {domain::OpportunityKind::kProject, domain::OpportunityKind::kEvent};
  practice.query.skills = {"SQL"};
  practice.period = domain::AlertPeriod::kWeekly;
  return {jobs, practice};
}

}  // namespace

Result<int> SeedDemoSavedSearches(app::Store& store, const Clock& clock) {
  const int64_t now = clock.NowMs();
  int made = 0;
  RETURN_IF_ERROR(store.Write([&](app::Tx& tx) -> Status {
    made = 0;
    ASSIGN_OR_RETURN(auto demo, tx.members().FindAccountByEmail(kDemoEmail));
    if (!demo) return Status::Ok();
    ASSIGN_OR_RETURN(int existing, tx.saved_searches().CountByMember(demo->id));
    if (existing > 0) return Status::Ok();
    for (domain::SavedSearchInput in : DemoSearches()) {
      ASSIGN_OR_RETURN(domain::SavedSearchInput clean, domain::ValidateSavedSearch(std::move(in)));
      RETURN_IF_ERROR(tx.saved_searches().Create(demo->id, clean, now));
      ++made;
    }
    return Status::Ok();
  }));
  return made;
}

}  // namespace pln::demo
