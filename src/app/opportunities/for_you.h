// "For you" (issue 18): the open opportunities ranked for one member by skill
// fit, fields and career stage, network proximity and freshness, each with
// its reason in words (domain/opportunity_rank.h), filtered by the page's
// query (domain/opportunity_query.h).
//
// ForYouIndex keeps every open post in memory, with its folded search text and
// its skills, fields and organization interned as integers, so a request reads
// only the viewer's own data from the store (profile, endorsements, reviewed
// skills, mentorships, connections and their organizations, dismissals,
// blocks, interests) and never scans posts in SQL.
//
// Ranking: every open post that passes the filters gets a cheap upper bound of
// its score (domain::RankScore over optimistic signals: a skill the viewer has
// counts fully, a poster not tied directly may be second degree); posts are
// then scored exactly (domain::ComputeSkillFit, the engine's proximity,
// domain::RankScore and domain::RankReason) in bound order until no remaining
// bound can beat the page. Order: score, then newer id first. Cursors hold the
// last (score, id) seen; freshness decays, so a later page may shift slightly.
//
// Life cycle: Create() reads the event log's high-water mark, then loads
// OpportunityRepository::ListOpen pages. Afterwards it is a LiveConsumer:
// OpportunityPosted/Edited read the post back from the store and put it in
// (or take it out if no longer open), OpportunityClosed and MemberDeleted take
// posts out. Idempotent, so an event committed during the load does no harm.
// Expired posts are skipped at query time and pruned now and then.
//
// Privacy: posts by members blocked either way with the viewer never show
// (the viewer's blocks are read first; those who blocked the viewer are
// checked on each page's posters, and the page is ranked again without them),
// nor the viewer's own posts, dismissed posts, hidden or closed ones.
//
// Thread safety: queries run concurrently under a reader lock; Apply takes the
// writer lock only to swap entries.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "app/events/event_dispatcher.h"
#include "app/network/network_proximity.h"
#include "app/opportunities/views.h"
#include "app/profiles/profile_service.h"
#include "app/repositories.h"
#include "base/clock.h"
#include "base/mutex.h"
#include "base/result.h"
#include "domain/member.h"
#include "domain/opportunity_query.h"

namespace pln::app {

class OpportunitiesForYou {
 public:
  virtual ~OpportunitiesForYou() = default;
  // The viewer's ranked open opportunities matching `query` (validated here:
  // kValidation naming the bad part), `limit` 1..100 (kValidation "limit"),
  // after `cursor` (kMalformed "bad_cursor" for one pln did not issue).
  virtual Result<Page<ForYouItem>> ForYou(const domain::Viewer& me, domain::OpportunityQuery query,
                                          const std::string& cursor, int limit) = 0;
};

class ForYouIndex final : public OpportunitiesForYou, public LiveConsumer {
 public:
  // `store` is the undecorated database (the index reads, never writes);
  // `proximity` the network engine or NoProximity() (then no second-degree
  // ties). Both borrowed; they must outlive the index.
  static Result<std::unique_ptr<ForYouIndex>> Create(Store& store, const Clock& clock,
                                                     const ProximitySource& proximity);

  Result<Page<ForYouItem>> ForYou(const domain::Viewer& me, domain::OpportunityQuery query,
                                  const std::string& cursor, int limit) override;

  std::string_view Name() const override { return "opportunities_for_you"; }
  int64_t StartSeq() const override { return start_seq_; }
  Status Apply(const StoredEvent& stored, const DomainEvent& event) override;

  size_t size() const;

  struct Entry;  // one open post, folded and interned (for_you.cc)

 private:
  ForYouIndex(Store& store, const Clock& clock, const ProximitySource& proximity);
  void Put(domain::Opportunity post) REQUIRES(mu_);
  void Remove(OpportunityId id) REQUIRES(mu_);
  void PruneExpired(int64_t now) REQUIRES(mu_);
  uint32_t Intern(const std::string& name) REQUIRES(mu_);
  Status Refresh(OpportunityId id);

  Store& store_;
  const Clock& clock_;
  const ProximitySource& proximity_;
  int64_t start_seq_ = 0;
  mutable SharedMutex mu_;
  std::vector<std::shared_ptr<const Entry>> entries_ GUARDED_BY(mu_);
  std::unordered_map<OpportunityId, size_t> position_ GUARDED_BY(mu_);
  // Folded names (skills, fields, organizations) → small integers.
  std::unordered_map<std::string, uint32_t> keys_ GUARDED_BY(mu_);
  int64_t last_prune_ GUARDED_BY(mu_) = 0;
  Mutex apply_mu_;  // Apply's read-then-put steps, one at a time
};

}  // namespace pln::app
