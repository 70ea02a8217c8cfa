#include "app/introductions/brokers.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <utility>

#include "domain/introduction.h"
#include "domain/relationship.h"

namespace pln::app {
namespace {

using L = domain::IntroductionLimits;

constexpr int64_t kDayMs = 24LL * 3600 * 1000;
constexpr int kMaxMutuals = 50;       // candidates weighed per target
constexpr int kMaxBrokers = 5;        // suggested per target
constexpr int kResponseHistory = 20;  // answered asks the median is taken over
constexpr int kMaxOrgMembers = 50;    // members at an organization looked at
constexpr int kMaxPathTargets = 20;   // targets weighed for one opportunity
constexpr size_t kMaxPaths = 10;

// 0..1000: an old tie is warmer than a new one (300 on the first day, 700
// after two years), and shared connections add up to 300.
int TieStrength(int64_t age_ms, int64_t shared) {
  const int64_t days = std::clamp<int64_t>(age_ms / kDayMs, 0, 730);
  const int64_t score = 300 + days * 400 / 730 + std::min<int64_t>(shared, 10) * 30;
  return static_cast<int>(std::clamp<int64_t>(score, 0, 1000));
}

// "3 days", "5 weeks", "4 months", "2 years".
std::string Duration(int64_t ms) {
  const int64_t days = std::max<int64_t>(ms / kDayMs, 0);
  auto unit = [](int64_t n, const char* one) {
    return std::to_string(n) + " " + one + (n == 1 ? "" : "s");
  };
  if (days < 14) return unit(std::max<int64_t>(days, 1), "day");
  if (days < 60) return unit(days / 7, "week");
  if (days < 730) return unit(days / 30, "month");
  return unit(days / 365, "year");
}

std::optional<int64_t> Median(std::vector<int64_t> v) {
  if (v.empty()) return std::nullopt;
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

MemberSummary SummaryOf(const domain::Member& m) {
  return MemberSummary{m.id, m.profile.name, m.profile.headline, m.profile.stage};
}

Result<std::unordered_map<MemberId, domain::Member>> MembersById(Tx& tx,
                                                                 const std::vector<MemberId>& ids) {
  std::unordered_map<MemberId, domain::Member> out;
  if (ids.empty()) return out;
  ASSIGN_OR_RETURN(auto found, tx.members().GetManyWithoutLists(ids));
  for (domain::Member& m : found) out.emplace(m.id, std::move(m));
  return out;
}

class StoredIntroductionBrokers final : public IntroductionBrokers {
 public:
  StoredIntroductionBrokers(Store& store, const Clock& clock, const ProximitySource& proximity)
      : store_(store), clock_(clock), proximity_(proximity) {}

  Result<BrokerSuggestions> Suggest(MemberId me, MemberId target) override {
    if (target == me) return ValidationError({{"target", "must be someone other than you"}});
    const int64_t now = clock_.NowMs();
    BrokerSuggestions out;
    RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(auto people, MembersById(tx, {target}));
      ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(me, {target}));
      const domain::Viewer viewer{me};
      if (!people.contains(target) || !domain::CanSeeMember(viewer, rels[target])) {
        return NotFoundError("member");
      }
      if (rels[target].connected) {
        return ValidationError({{"target", "You are already connected to this member."}});
      }
      out.target = SummaryOf(people[target]);
      ASSIGN_OR_RETURN(out.brokers, Rank(tx, me, people[target], rels[target], now, kMaxBrokers));
      return Status::Ok();
    }));
    return out;
  }

  Result<std::vector<IntroductionPath>> FromOpportunity(MemberId me,
                                                        OpportunityId opportunity) override {
    const int64_t now = clock_.NowMs();
    std::vector<IntroductionPath> out;
    RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
      out.clear();
      ASSIGN_OR_RETURN(auto opp, tx.opportunities().Get(opportunity));
      if (!opp || opp->hidden_at) return NotFoundError("opportunity");
      if (opp->poster != me) {
        ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(me, {opp->poster}));
        if (rels[opp->poster].blocked_either_way()) return NotFoundError("opportunity");
      }
      const std::string& org = opp->post.organization;
      // The poster first; then members two hops away who work there.
      std::vector<std::pair<MemberId, bool>> targets;  // (member, is the poster)
      if (opp->poster != me) targets.emplace_back(opp->poster, true);
      if (!org.empty()) {
        ASSIGN_OR_RETURN(auto at_org, tx.introductions().SecondDegreeAt(me, org, kMaxOrgMembers));
        for (MemberId m : at_org) {
          if (m != opp->poster) targets.emplace_back(m, false);
        }
      }
      std::vector<MemberId> ids;
      for (const auto& [m, poster] : targets) ids.push_back(m);
      ASSIGN_OR_RETURN(auto people, MembersById(tx, ids));
      ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(me, ids));
      const domain::Viewer viewer{me};
      int weighed = 0;
      for (const auto& [m, poster] : targets) {
        if (weighed == kMaxPathTargets) break;
        auto it = people.find(m);
        if (it == people.end()) continue;
        const domain::Relationship& rel = rels[m];
        if (!domain::CanSeeMember(viewer, rel) || rel.connected) continue;
        // The organization is part of the details section.
        if (!poster && !domain::CanSeeSection(viewer, rel, it->second.profile.visibility,
                                              domain::Section::kDetails)) {
          continue;
        }
        ++weighed;
        ASSIGN_OR_RETURN(auto best, Rank(tx, me, it->second, rel, now, 1));
        if (best.empty()) continue;
        IntroductionPath p;
        p.target = SummaryOf(it->second);
        p.why = poster ? "posted this opportunity" : "works at " + org;
        p.broker = std::move(best[0]);
        out.push_back(std::move(p));
      }
      std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return a.broker.score > b.broker.score;
      });
      if (out.size() > kMaxPaths) out.resize(kMaxPaths);
      return Status::Ok();
    }));
    return out;
  }

 private:
  // The best `limit` brokers between `me` and `target` (whom `me` may see and
  // is not connected to), with their reasons.
  Result<std::vector<BrokerSuggestion>> Rank(Tx& tx, MemberId me, const domain::Member& target,
                                             const domain::Relationship& to_target, int64_t now,
                                             int limit) {
    ASSIGN_OR_RETURN(auto mutuals,
                     tx.introductions().MutualConnections(me, target.id, kMaxMutuals));
    std::vector<MemberId> ids;
    for (const MutualConnection& m : mutuals) ids.push_back(m.member);
    ASSIGN_OR_RETURN(auto people, MembersById(tx, ids));
    ASSIGN_OR_RETURN(auto rels, tx.connections().Relationships(me, ids));
    const domain::Viewer viewer{me};
    const bool target_ties_shown = domain::CanSeeSection(
        viewer, to_target, target.profile.visibility, domain::Section::kConnections);
    const bool engine = proximity_.Available();
    std::vector<domain::BrokerCandidate> candidates;
    std::unordered_map<MemberId, const MutualConnection*> tie_of;
    std::unordered_map<MemberId, int64_t> shared_with_me;
    for (const MutualConnection& m : mutuals) {
      auto it = people.find(m.member);
      if (it == people.end()) continue;
      const domain::Relationship& rel = rels[m.member];
      if (rel.blocked_either_way()) continue;
      // Suggesting B tells me that B knows the target: only if I may see it.
      const bool broker_ties_shown = domain::CanSeeSection(
          viewer, rel, it->second.profile.visibility, domain::Section::kConnections);
      if (!target_ties_shown && !broker_ties_shown) continue;
      const int64_t shared_me = engine ? proximity_.GetProximity(me, m.member).mutual_count : 0;
      const int64_t shared_target =
          engine ? proximity_.GetProximity(m.member, target.id).mutual_count : 0;
      domain::BrokerCandidate c;
      c.member = m.member;
      c.tie_to_requester_milli = TieStrength(now - m.since_first, shared_me);
      c.tie_to_target_milli = TieStrength(now - m.since_second, shared_target);
      ASSIGN_OR_RETURN(auto times,
                       tx.introductions().BrokerResponseTimes(m.member, kResponseHistory));
      c.median_response_ms = Median(std::move(times));
      ASSIGN_OR_RETURN(c.asks_this_week,
                       tx.introductions().CountBrokeredSince(m.member, now - L::kWeekMs));
      candidates.push_back(c);
      tie_of[m.member] = &m;
      // The count names B's connections: said only if I may see them.
      shared_with_me[m.member] = broker_ties_shown ? shared_me : 0;
    }
    std::vector<domain::BrokerCandidate> ranked = domain::RankBrokers(std::move(candidates));
    if (ranked.size() > static_cast<size_t>(limit)) ranked.resize(limit);
    std::vector<BrokerSuggestion> out;
    for (const domain::BrokerCandidate& c : ranked) {
      const MutualConnection& tie = *tie_of[c.member];
      BrokerSuggestion s;
      s.broker = SummaryOf(people[c.member]);
      s.score = domain::BrokerScore(c);
      s.reasons.push_back("connected to you for " + Duration(now - tie.since_first) + " and to " +
                          (target.profile.name.empty() ? "them" : target.profile.name) + " for " +
                          Duration(now - tie.since_second));
      if (const int64_t shared = shared_with_me[c.member]; shared > 0) {
        s.reasons.push_back("you share " + std::to_string(shared) + " connection" +
                            (shared == 1 ? "" : "s"));
      }
      if (!c.median_response_ms) {
        s.reasons.push_back("has not been asked for an introduction yet");
      } else if (*c.median_response_ms <= kDayMs) {
        s.reasons.push_back("usually answers introduction requests within a day");
      } else {
        s.reasons.push_back("usually answers introduction requests within " +
                            Duration(*c.median_response_ms + kDayMs - 1));
      }
      out.push_back(std::move(s));
    }
    return out;
  }

  Store& store_;
  const Clock& clock_;
  const ProximitySource& proximity_;
};

}  // namespace

std::unique_ptr<IntroductionBrokers> MakeIntroductionBrokers(Store& store, const Clock& clock,
                                                             const ProximitySource& proximity) {
  return std::make_unique<StoredIntroductionBrokers>(store, clock, proximity);
}

}  // namespace pln::app
