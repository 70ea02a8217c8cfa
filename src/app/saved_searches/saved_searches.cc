#include "app/saved_searches/saved_searches.h"

namespace pln::app {
namespace {

SavedSearchView ViewOf(const SavedSearch& s) {
  SavedSearchView v;
  v.id = s.id;
  v.name = s.search.name;
  v.description = domain::DescribeQuery(s.search.query);
  v.query = s.search.query;
  v.period = s.search.period;
  v.created_at = s.created_at;
  v.updated_at = s.updated_at;
  v.last_alert_at = s.last_alert_at;
  return v;
}

// The member's own saved search; kNotFound for a missing one and for another member's.
Result<SavedSearch> LoadOwn(Tx& tx, MemberId me, SavedSearchId id) {
  ASSIGN_OR_RETURN(std::optional<SavedSearch> s, tx.saved_searches().Get(id));
  if (!s || s->member != me) return NotFoundError("saved search");
  return std::move(*s);
}

class StoredSavedSearches final : public SavedSearches {
 public:
  StoredSavedSearches(Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  Result<SavedSearchView> Create(MemberId me, domain::SavedSearchInput input) override {
    ASSIGN_OR_RETURN(domain::SavedSearchInput clean, domain::ValidateSavedSearch(std::move(input)));
    const int64_t now = clock_.NowMs();
    SavedSearchView view;
    // Counted inside the writing transaction: two racing saves cannot both be the tenth.
    RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(int count, tx.saved_searches().CountByMember(me));
      RETURN_IF_ERROR(domain::CheckSavedSearchCount(count));
      ASSIGN_OR_RETURN(SavedSearchId id, tx.saved_searches().Create(me, clean, now));
      ASSIGN_OR_RETURN(SavedSearch stored, LoadOwn(tx, me, id));
      view = ViewOf(stored);
      return Status::Ok();
    }));
    return view;
  }

  Result<std::vector<SavedSearchView>> ListMine(MemberId me) override {
    std::vector<SavedSearchView> out;
    RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
      out.clear();
      ASSIGN_OR_RETURN(std::vector<SavedSearch> mine, tx.saved_searches().ListByMember(me));
      for (const SavedSearch& s : mine) out.push_back(ViewOf(s));
      return Status::Ok();
    }));
    return out;
  }

  Result<SavedSearchView> Get(MemberId me, SavedSearchId id) override {
    SavedSearchView view;
    RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(SavedSearch s, LoadOwn(tx, me, id));
      view = ViewOf(s);
      return Status::Ok();
    }));
    return view;
  }

  Result<SavedSearchView> Update(MemberId me, SavedSearchId id, SavedSearchPatch patch) override {
    const int64_t now = clock_.NowMs();
    SavedSearchView view;
    RETURN_IF_ERROR(store_.Write([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(SavedSearch s, LoadOwn(tx, me, id));
      domain::SavedSearchInput next = s.search;
      if (patch.name) next.name = *patch.name;
      if (patch.query) next.query = *patch.query;
      if (patch.period) next.period = *patch.period;
      ASSIGN_OR_RETURN(domain::SavedSearchInput clean, domain::ValidateSavedSearch(next));
      ASSIGN_OR_RETURN(bool changed, tx.saved_searches().Update(id, clean, now));
      if (!changed) return NotFoundError("saved search");
      ASSIGN_OR_RETURN(SavedSearch stored, LoadOwn(tx, me, id));
      view = ViewOf(stored);
      return Status::Ok();
    }));
    return view;
  }

  Status Delete(MemberId me, SavedSearchId id) override {
    return store_.Write([&](Tx& tx) -> Status {
      RETURN_IF_ERROR(LoadOwn(tx, me, id));
      ASSIGN_OR_RETURN(bool deleted, tx.saved_searches().Delete(id));
      if (!deleted) return NotFoundError("saved search");
      return Status::Ok();
    });
  }

 private:
  Store& store_;
  const Clock& clock_;
};

}  // namespace

std::unique_ptr<SavedSearches> MakeSavedSearches(Store& store, const Clock& clock) {
  return std::make_unique<StoredSavedSearches>(store, clock);
}

}  // namespace pln::app
