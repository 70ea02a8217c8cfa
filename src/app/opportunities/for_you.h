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
// Ranking (sublinear): the index keeps inverted lists from each skill, poster and
// organization to its open posts, the posts that ask for no required skill, and
// every post in freshness order. A request takes as candidates the posts that
// share a skill with the viewer, ask for no required skill, were posted by one of
// the viewer's ties or at an organization where the viewer's connections work,
// and gives each a cheap upper bound of its score (domain::RankScore over
// optimistic signals). Every other post matches none of those keys, so its score
// is at most a bound that only its freshness moves (no skill credit beyond the
// "nothing required" part, at most a second-degree tie: about 520 for a fresh
// post); those are met lazily by walking the freshness order. Posts are scored
// exactly (domain::ComputeSkillFit, the engine's proximity, domain::RankScore
// and domain::RankReason) in bound order until no bound left, candidate or
// freshness walk, can beat the page. Filters are checked on each post as it
// is met, so a narrow keyword query walks further (at worst every post, as a
// full pass would). Order: score, then newer id first. Cursors hold the last
// (score, id) seen; freshness decays, so a later page may shift slightly.
// Plan::kFullPass scores every open post: the reference the indexed plan
// must equal (for_you_equivalence_test.cc), kept for tests and benchmarks.
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
#include <functional>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
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

  // How a request finds its page: through the inverted lists (what ForYou uses),
  // or by scoring every open post (the reference, for tests and benchmarks).
  enum class Plan { kIndexed, kFullPass };
  Result<Page<ForYouItem>> ForYouWithPlan(const domain::Viewer& me, domain::OpportunityQuery query,
                                          const std::string& cursor, int limit, Plan plan);

  std::string_view Name() const override { return "opportunities_for_you"; }
  int64_t StartSeq() const override { return start_seq_; }
  Status Apply(const StoredEvent& stored, const DomainEvent& event) override;

  size_t size() const;

  struct Entry;  // one open post, folded and interned (for_you.cc)

 private:
  ForYouIndex(Store& store, const Clock& clock, const ProximitySource& proximity);
  void Put(domain::Opportunity post) REQUIRES(mu_);
  void Remove(OpportunityId id) REQUIRES(mu_);
  // Adds an entry to (or takes it out of) the inverted lists and the freshness order.
  void Link(const Entry* e) REQUIRES(mu_);
  void Unlink(const Entry* e) REQUIRES(mu_);
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
  // Inverted lists (entries owned by entries_; each list holds a post once).
  std::unordered_map<uint32_t, std::vector<const Entry*>> by_skill_ GUARDED_BY(mu_);
  std::unordered_map<MemberId, std::vector<const Entry*>> by_poster_ GUARDED_BY(mu_);
  std::unordered_map<uint32_t, std::vector<const Entry*>> by_org_ GUARDED_BY(mu_);
  std::vector<const Entry*> no_required_ GUARDED_BY(mu_);  // posts asking no required skill
  // Newest (updated_at) first: the order in which posts outside every list are met.
  std::set<std::pair<int64_t, const Entry*>, std::greater<>> by_fresh_ GUARDED_BY(mu_);
  int64_t last_prune_ GUARDED_BY(mu_) = 0;
  Mutex apply_mu_;  // Apply's read-then-put steps, one at a time
};

}  // namespace pln::app
