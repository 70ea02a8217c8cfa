// Storage for saved searches and their alerts (issue 18, item 3): the
// searches, and for each one the posts that matched it — pending until an
// alert tells them, then kept as told so that no post is told twice. Declared
// by the app layer, implemented once in src/store/sql. Storage failures come
// back as kInternal/kUnavailable; authorization is decided by the caller.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "base/ids.h"
#include "base/result.h"
#include "domain/saved_search.h"

namespace pln::app {

struct SavedSearch {
  SavedSearchId id;
  MemberId member;
  domain::SavedSearchInput search;  // validated
  int64_t created_at = 0, updated_at = 0;
  std::optional<int64_t> last_alert_at;
};

// A post that matched a saved search and has not been told yet.
struct PendingMatch {
  OpportunityId opportunity;
  int64_t matched_at = 0;  // when it was posted (the event's time)
};

class SavedSearchRepository {
 public:
  virtual ~SavedSearchRepository() = default;

  virtual Result<SavedSearchId> Create(MemberId member, const domain::SavedSearchInput& search,
                                       int64_t now) = 0;
  virtual Result<std::optional<SavedSearch>> Get(SavedSearchId id) = 0;
  // The member's saved searches, oldest first.
  virtual Result<std::vector<SavedSearch>> ListByMember(MemberId member) = 0;
  virtual Result<int> CountByMember(MemberId member) = 0;
  // Replaces name, query and period; false if there is no such search.
  virtual Result<bool> Update(SavedSearchId id, const domain::SavedSearchInput& search,
                              int64_t now) = 0;
  // Also forgets its pending and told posts; false if there is no such search.
  virtual Result<bool> Delete(SavedSearchId id) = 0;
  // Every saved search, by id, ids above `after`, at most `limit`: pages for
  // matching a new post against all of them.
  virtual Result<std::vector<SavedSearch>> ListAll(int64_t after, int limit) = 0;

  // Records `opportunity` as pending for `id`; false (and nothing changes) if
  // it was ever recorded for it, pending or told.
  virtual Result<bool> AddMatch(SavedSearchId id, OpportunityId opportunity,
                                int64_t matched_at) = 0;
  // The pending posts of `id`, oldest match first.
  virtual Result<std::vector<PendingMatch>> Pending(SavedSearchId id) = 0;
  // Saved searches with at least one pending post, by id, ids above `after`, at most `limit`.
  virtual Result<std::vector<SavedSearchId>> WithPending(int64_t after, int limit) = 0;
  // Marks these pending posts of `id` told at `now` and sets its last alert to `now`.
  virtual Status MarkAlerted(SavedSearchId id, const std::vector<OpportunityId>& told,
                             int64_t now) = 0;
  // Forgets pending posts that may no longer be told (closed, blocked, …); a
  // repost may then record them again.
  virtual Status DropPending(SavedSearchId id, const std::vector<OpportunityId>& dropped) = 0;
};

}  // namespace pln::app
