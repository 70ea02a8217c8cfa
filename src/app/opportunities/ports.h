// Storage for opportunities (issue 18): the posts, members' interest in them,
// dismissals from "For you" and reports to moderators. Declared by the app
// layer, implemented once in src/store/sql. Storage failures come back as
// kInternal/kUnavailable; authorization is decided by the caller.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/ids.h"
#include "base/result.h"
#include "domain/opportunity.h"

namespace pln::app {

struct Interest {
  OpportunityId opportunity;
  MemberId member;
  std::string note;
  int64_t created_at = 0;
};

class OpportunityRepository {
 public:
  virtual ~OpportunityRepository() = default;

  // Stores a validated post as open.
  virtual Result<OpportunityId> Create(MemberId poster, const domain::OpportunityInput& post,
                                       int64_t now) = 0;
  virtual Result<std::optional<domain::Opportunity>> Get(OpportunityId id) = 0;
  // Replaces the post's content. With `reopen` a closed post opens again (a repost).
  // False if there is no such post.
  virtual Result<bool> Update(OpportunityId id, const domain::OpportunityInput& post, bool reopen,
                              int64_t now) = 0;
  // The poster closes it; false if there is no such post or it was closed already.
  virtual Result<bool> Close(OpportunityId id, int64_t now) = 0;
  // A moderator hides it; false if there is no such post or it was hidden already.
  virtual Result<bool> Hide(OpportunityId id, MemberId by, int64_t now) = 0;

  // `poster`'s posts, newest first, ids below `before` (0: from the newest), at most `limit`.
  virtual Result<std::vector<domain::Opportunity>> ListByPoster(MemberId poster, int64_t before,
                                                                int limit) = 0;
  // Posts neither closed nor hidden whose closing date is after `now`, by id, ids above
  // `after`, at most `limit`: pages for loading the For-you index and for alert sweeps.
  virtual Result<std::vector<domain::Opportunity>> ListOpen(int64_t now, int64_t after,
                                                            int limit) = 0;

  // False if the member had already said so (the first note stays).
  virtual Result<bool> AddInterest(const Interest& interest) = 0;
  // False if there was none.
  virtual Result<bool> RemoveInterest(OpportunityId id, MemberId member) = 0;
  // Who is interested in a post, oldest first.
  virtual Result<std::vector<Interest>> InterestIn(OpportunityId id) = 0;
  // What `member` is interested in, newest first.
  virtual Result<std::vector<Interest>> InterestsOf(MemberId member) = 0;

  // False if dismissed already.
  virtual Result<bool> Dismiss(MemberId member, OpportunityId id, int64_t now) = 0;
  virtual Result<std::vector<OpportunityId>> Dismissed(MemberId member) = 0;

  // One report per member and post; false if this member reported it already.
  virtual Result<bool> Report(OpportunityId id, MemberId reporter, const std::string& reason,
                              int64_t now) = 0;
  virtual Result<int> ReportCount(OpportunityId id) = 0;
};

}  // namespace pln::app
