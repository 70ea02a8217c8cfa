#include "app/opportunities/for_you.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "app/cursor.h"
#include "app/opportunities/loading.h"
#include "base/text.h"
#include "domain/opportunity_rank.h"

namespace pln::app {

// Page size for loading and for reading the viewer's connections.
constexpr int kLoadPage = 1000;
// Expired posts are dropped from memory at most this often (queries skip them anyway).
constexpr int64_t kPruneEveryMs = 60'000;
// Score and id in one cursor key: scores are 0..1000, ids below 2^40.
constexpr int kIdBits = 40;
// Rounds of "rank, then drop posters who blocked the viewer" before giving up.
constexpr int kMaxBlockRounds = 8;

struct ForYouIndex::Entry {
  domain::Opportunity post;
  std::string search_text;           // domain::SearchText(post)
  std::vector<uint32_t> skill_keys;  // parallel to post.post.skills
  std::vector<uint32_t> field_keys;
  uint32_t org_key = 0;
  bool asks_required = false;  // some skill is required (else the required part is full)
};

namespace {

std::string Fold(std::string_view name) {
  return AsciiLower(NormalizeSpace(name));
}

int64_t CursorKey(int score, OpportunityId id) {
  return (int64_t{score} << kIdBits) | id.value();
}

struct Tie {
  domain::PosterTie tie = domain::PosterTie::kNone;
  std::string name;
};

// What one request knows of the viewer, read in one transaction.
struct ViewerData {
  MemberId id;
  domain::CareerStage stage = domain::CareerStage::kLearner;
  std::vector<domain::EvidencedSkill> skills;
  std::unordered_map<std::string, int> skill_index;  // folded name → index in skills
  std::unordered_set<std::string> fields;            // folded
  std::unordered_map<MemberId, Tie> ties;            // mentors, connections, alumni
  bool has_connections = false;
  std::unordered_map<std::string, int> colleagues;  // folded organization → connections there
  std::unordered_set<OpportunityId> dismissed;
  std::unordered_set<MemberId> excluded;  // blocked either way (as far as known)
  std::unordered_map<OpportunityId, Interest> interests;
};

void Stronger(std::unordered_map<MemberId, Tie>& ties, MemberId who, domain::PosterTie tie,
              const std::string& name) {
  Tie& t = ties[who];
  if (static_cast<int>(tie) > static_cast<int>(t.tie)) t = {tie, name};
}

Status LoadViewer(Tx& tx, MemberId me, ViewerData& v) {
  v = ViewerData{};
  v.id = me;
  ASSIGN_OR_RETURN(auto member, tx.members().Get(me));
  if (!member) return NotFoundError("member");
  v.stage = member->profile.stage;
  ASSIGN_OR_RETURN(auto endorsements, tx.feedback().ListEndorsements(me));
  std::unordered_map<std::string, int> endorsed;
  for (const auto& e : endorsements) ++endorsed[Fold(e.skill)];
  ASSIGN_OR_RETURN(auto vouched, tx.feedback().SkillsWithOutsideFeedback(me));
  std::unordered_set<std::string> reviewed;
  for (const auto& s : vouched) reviewed.insert(Fold(s));
  for (const domain::Skill& s : member->profile.skills) {
    const std::string key = Fold(s.name);
    v.skill_index[key] = static_cast<int>(v.skills.size());
    v.skills.push_back({s.name, s.level, endorsed[key], reviewed.contains(key)});
  }
  for (const std::string& f : member->profile.fields) v.fields.insert(Fold(f));

  // Connections and the organizations they work at (a connection may see every section).
  std::vector<MemberId> connections;
  for (int64_t after = 0;;) {
    ASSIGN_OR_RETURN(auto page, tx.connections().ListConnections(me, after, kLoadPage));
    for (const auto& c : page) connections.push_back(c.other);
    if (static_cast<int>(page.size()) < kLoadPage) break;
    after = page.back().other.value();
  }
  v.has_connections = !connections.empty();
  ASSIGN_OR_RETURN(auto people, tx.members().GetManyWithoutLists(connections));
  for (const domain::Member& m : people) {
    Stronger(v.ties, m.id, domain::PosterTie::kConnection, m.profile.name);
    if (!m.profile.organization.empty()) ++v.colleagues[Fold(m.profile.organization)];
  }
  // Mentors (active, the viewer being mentee) and alumni ties (ended, shown by both).
  ASSIGN_OR_RETURN(auto mentorships, tx.mentorship().ListMentorships(me));
  std::vector<std::pair<MemberId, domain::PosterTie>> mentoring;
  for (const auto& m : mentorships) {
    if (m.status == domain::MentorshipStatus::kActive && m.mentee == me) {
      mentoring.emplace_back(m.mentor, domain::PosterTie::kMentor);
    } else if (domain::AlumniTieVisible(m)) {
      mentoring.emplace_back(domain::OtherParty(me, m), domain::PosterTie::kAlumni);
    }
  }
  if (!mentoring.empty()) {
    std::vector<MemberId> ids;
    for (const auto& [who, tie] : mentoring) ids.push_back(who);
    ASSIGN_OR_RETURN(auto names, tx.members().Summaries(ids));
    for (const auto& [who, tie] : mentoring) {
      auto it = names.find(who);
      if (it != names.end()) Stronger(v.ties, who, tie, it->second.name);
    }
  }
  ASSIGN_OR_RETURN(auto dismissed, tx.opportunities().Dismissed(me));
  v.dismissed.insert(dismissed.begin(), dismissed.end());
  ASSIGN_OR_RETURN(auto blocked, tx.connections().ListBlocked(me));
  v.excluded.insert(blocked.begin(), blocked.end());
  v.excluded.insert(me);  // one's own posts are not "for you"
  ASSIGN_OR_RETURN(v.interests, opportunities_internal::InterestsByPost(tx, me));
  return Status::Ok();
}

struct Ranked {
  int score = 0;
  const ForYouIndex::Entry* entry = nullptr;
  domain::RankSignals signals;
  int64_t key() const { return CursorKey(score, entry->post.id); }
};

}  // namespace

ForYouIndex::ForYouIndex(Store& store, const Clock& clock, const ProximitySource& proximity)
    : store_(store), clock_(clock), proximity_(proximity) {}

Result<std::unique_ptr<ForYouIndex>> ForYouIndex::Create(Store& store, const Clock& clock,
                                                         const ProximitySource& proximity) {
  std::unique_ptr<ForYouIndex> index(new ForYouIndex(store, clock, proximity));
  RETURN_IF_ERROR(store.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(index->start_seq_, tx.events().LastSeq());
    return Status::Ok();
  }));
  const int64_t now = clock.NowMs();
  for (int64_t after = 0;;) {
    std::vector<domain::Opportunity> page;
    RETURN_IF_ERROR(store.Read([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(page, tx.opportunities().ListOpen(now, after, kLoadPage));
      return Status::Ok();
    }));
    {
      MutexLock lock(index->mu_);
      for (auto& post : page) index->Put(std::move(post));
    }
    if (static_cast<int>(page.size()) < kLoadPage) break;
    after = page.back().id.value();
  }
  return index;
}

size_t ForYouIndex::size() const {
  ReaderMutexLock lock(mu_);
  return entries_.size();
}

uint32_t ForYouIndex::Intern(const std::string& name) {
  auto [it, added] = keys_.emplace(Fold(name), static_cast<uint32_t>(keys_.size() + 1));
  return it->second;
}

void ForYouIndex::Put(domain::Opportunity post) {
  auto entry = std::make_shared<Entry>();
  entry->search_text = domain::SearchText(post.post);
  for (const auto& s : post.post.skills) {
    entry->skill_keys.push_back(Intern(s.name));
    entry->asks_required = entry->asks_required || s.required;
  }
  for (const auto& f : post.post.fields) entry->field_keys.push_back(Intern(f));
  entry->org_key = Intern(post.post.organization);
  entry->post = std::move(post);
  const OpportunityId id = entry->post.id;
  Link(entry.get());
  if (auto it = position_.find(id); it != position_.end()) {
    Unlink(entries_[it->second].get());
    entries_[it->second] = std::move(entry);
  } else {
    position_[id] = entries_.size();
    entries_.push_back(std::move(entry));
  }
}

void ForYouIndex::Remove(OpportunityId id) {
  auto it = position_.find(id);
  if (it == position_.end()) return;
  const size_t at = it->second;
  position_.erase(it);
  Unlink(entries_[at].get());
  if (at + 1 != entries_.size()) {
    entries_[at] = std::move(entries_.back());
    position_[entries_[at]->post.id] = at;
  }
  entries_.pop_back();
}

void ForYouIndex::Link(const Entry* e) {
  std::vector<uint32_t> skills = e->skill_keys;
  std::sort(skills.begin(), skills.end());
  skills.erase(std::unique(skills.begin(), skills.end()), skills.end());
  for (uint32_t k : skills) by_skill_[k].push_back(e);
  by_poster_[e->post.poster].push_back(e);
  by_org_[e->org_key].push_back(e);
  if (!e->asks_required) no_required_.push_back(e);
  by_fresh_.emplace(e->post.updated_at, e);
}

void ForYouIndex::Unlink(const Entry* e) {
  // Lists are short next to the writes that change them (a post's skills, one poster,
  // one organization); erasing by value keeps them plain vectors for the read side.
  auto drop = [e](auto& lists, const auto& key) {
    auto it = lists.find(key);
    if (it == lists.end()) return;
    std::erase(it->second, e);
    if (it->second.empty()) lists.erase(it);
  };
  for (uint32_t k : e->skill_keys) drop(by_skill_, k);
  drop(by_poster_, e->post.poster);
  drop(by_org_, e->org_key);
  if (!e->asks_required) std::erase(no_required_, e);
  by_fresh_.erase({e->post.updated_at, e});
}

void ForYouIndex::PruneExpired(int64_t now) {
  if (now - last_prune_ < kPruneEveryMs) return;
  last_prune_ = now;
  std::vector<OpportunityId> gone;
  for (const auto& e : entries_) {
    if (e->post.post.closes_at <= now) gone.push_back(e->post.id);
  }
  for (OpportunityId id : gone) Remove(id);
}

// Reads the post back and mirrors its committed state.
Status ForYouIndex::Refresh(OpportunityId id) {
  std::optional<domain::Opportunity> post;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(post, tx.opportunities().Get(id));
    return Status::Ok();
  }));
  const int64_t now = clock_.NowMs();
  MutexLock lock(mu_);
  if (post && domain::StateAt(*post, now) == domain::OpportunityState::kOpen) {
    Put(std::move(*post));
  } else {
    Remove(id);
  }
  PruneExpired(now);
  return Status::Ok();
}

Status ForYouIndex::Apply(const StoredEvent& stored, const DomainEvent& event) {
  (void)stored;
  MutexLock apply(apply_mu_);
  if (const auto* e = std::get_if<OpportunityPosted>(&event)) return Refresh(e->opportunity);
  if (const auto* e = std::get_if<OpportunityEdited>(&event)) return Refresh(e->opportunity);
  if (const auto* e = std::get_if<OpportunityClosed>(&event)) {
    MutexLock lock(mu_);
    Remove(e->opportunity);
    return Status::Ok();
  }
  if (const auto* e = std::get_if<MemberDeleted>(&event)) {
    MutexLock lock(mu_);
    std::vector<OpportunityId> gone;
    for (const auto& entry : entries_) {
      if (entry->post.poster == e->member) gone.push_back(entry->post.id);
    }
    for (OpportunityId id : gone) Remove(id);
  }
  return Status::Ok();
}

Result<Page<ForYouItem>> ForYouIndex::ForYou(const domain::Viewer& me,
                                             domain::OpportunityQuery query,
                                             const std::string& cursor, int limit) {
  return ForYouWithPlan(me, std::move(query), cursor, limit, Plan::kIndexed);
}

Result<Page<ForYouItem>> ForYouIndex::ForYouWithPlan(const domain::Viewer& me,
                                                     domain::OpportunityQuery query,
                                                     const std::string& cursor, int limit,
                                                     Plan plan) {
  RETURN_IF_ERROR(ValidateLimit(limit));
  ASSIGN_OR_RETURN(const int64_t after_key, DecodeCursor(cursor));
  ASSIGN_OR_RETURN(domain::OpportunityQuery q, domain::ValidateOpportunityQuery(std::move(query)));
  const bool filtered = !domain::IsEmpty(q);
  const MemberId viewer = *me.id;
  ViewerData v;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) { return LoadViewer(tx, viewer, v); }));
  const int64_t now = clock_.NowMs();
  // Two hops away needs a connection in between.
  const bool second_degree = proximity_.Available() && v.has_connections;

  std::vector<Ranked> page;
  // Ranked entries stay alive while the page is built, even if Apply swaps them out.
  std::vector<std::shared_ptr<const Entry>> keep;
  for (int round = 0;; ++round) {
    page.clear();
    keep.clear();
    {
      ReaderMutexLock lock(mu_);
      // The viewer's skills and fields as interned keys (names no post uses match nothing).
      // Sorted vectors: a member has a few dozen skills at most, and every candidate is checked.
      // Each with the credit of a skill met at the level asked (domain::ComputeSkillFit:
      // 1000 vouched, 800 self-assessed). A name listed twice keeps its highest level and
      // credit, so the bound never falls short.
      struct HaveSkill {
        uint32_t key;
        int level, full;
      };
      std::vector<HaveSkill> skill_keys;
      for (const domain::EvidencedSkill& s : v.skills) {
        if (auto it = keys_.find(Fold(s.name)); it != keys_.end()) {
          skill_keys.push_back(
              {it->second, s.level, s.endorsements > 0 || s.reviewed ? 1000 : 800});
        }
      }
      std::sort(skill_keys.begin(), skill_keys.end(),
                [](const HaveSkill& a, const HaveSkill& b) { return a.key < b.key; });
      for (size_t i = 1, out = 0; i <= skill_keys.size(); ++i) {
        if (i == skill_keys.size()) {
          skill_keys.resize(skill_keys.empty() ? 0 : out + 1);
        } else if (skill_keys[i].key == skill_keys[out].key) {
          skill_keys[out].level = std::max(skill_keys[out].level, skill_keys[i].level);
          skill_keys[out].full = std::max(skill_keys[out].full, skill_keys[i].full);
        } else {
          skill_keys[++out] = skill_keys[i];
        }
      }
      std::vector<uint32_t> field_keys;
      for (const auto& f : v.fields) {
        if (auto it = keys_.find(f); it != keys_.end()) field_keys.push_back(it->second);
      }
      std::sort(field_keys.begin(), field_keys.end());
      std::unordered_map<uint32_t, int> colleagues;
      for (const auto& [org, n] : v.colleagues) {
        if (auto it = keys_.find(org); it != keys_.end()) colleagues[it->second] = n;
      }
      auto viewer_level = [&](uint32_t key) -> const HaveSkill* {
        auto it = std::lower_bound(skill_keys.begin(), skill_keys.end(), key,
                                   [](const HaveSkill& a, uint32_t k) { return a.key < k; });
        return it != skill_keys.end() && it->key == key ? &*it : nullptr;
      };

      // A post may be shown: open, not blocked, dismissed or the viewer's own, and matching.
      auto admissible = [&](const Entry& e) {
        return e.post.post.closes_at > now && !v.excluded.contains(e.post.poster) &&
               !v.dismissed.contains(e.post.id) &&
               (!filtered || domain::Matches(q, e.post.post, e.search_text));
      };
      // An upper bound of the post's score: RankScore over optimistic signals.
      domain::RankSignals ub;
      auto bound_of = [&](const Entry& e) {
        const domain::OpportunityInput& post = e.post.post;
        // Credit per asked skill as domain::ComputeSkillFit documents it, taken at its most:
        // full at the level asked, half one level below, none otherwise.
        int req_total = 0, req_credit = 0, nice_total = 0, nice_credit = 0;
        for (size_t s = 0; s < post.skills.size(); ++s) {
          int credit = 0;
          if (const auto* have = viewer_level(e.skill_keys[s])) {
            const int asked = post.skills[s].level;
            credit = have->level >= asked       ? have->full
                     : have->level + 1 == asked ? have->full / 2
                                                : 0;
          }
          if (post.skills[s].required) {
            ++req_total;
            req_credit += credit;
          } else {
            ++nice_total;
            nice_credit += credit;
          }
        }
        const int req_part = req_total == 0 ? 1000 : req_credit / req_total;
        const int nice_part = nice_total == 0 ? 1000 : nice_credit / nice_total;
        ub.fit.score_milli = (req_part * 800 + nice_part * 200) / 1000 + 1;
        bool shares = false;
        for (uint32_t f : e.field_keys) {
          shares = shares || std::binary_search(field_keys.begin(), field_keys.end(), f);
        }
        ub.shared_fields.resize(shares ? 1 : 0);
        ub.stage_suits = post.stages.empty() || std::find(post.stages.begin(), post.stages.end(),
                                                          v.stage) != post.stages.end();
        auto tie = v.ties.find(e.post.poster);
        ub.tie = tie != v.ties.end() ? tie->second.tie
                 : second_degree     ? domain::PosterTie::kSecondDegree
                                     : domain::PosterTie::kNone;
        auto col = colleagues.find(e.org_key);
        ub.connections_at_organization = col == colleagues.end() ? 0 : col->second;
        ub.age_ms = now - e.post.updated_at;
        return domain::RankScore(ub) + 1;
      };
      // The exact score and the signals its reason is told from. The engine's proximity is
      // the dearest part, so unless `resolve`, a poster who might be second degree is left
      // open: the result is then `pending`, its score the higher of the two possible.
      auto exact = [&](const Entry& e, bool resolve, bool* pending) {
        Ranked r;
        r.entry = &e;
        domain::RankSignals& s = r.signals;
        s.fit = domain::ComputeSkillFit(e.post.post.skills, v.skills);
        for (const std::string& f : e.post.post.fields) {
          if (v.fields.contains(Fold(f))) s.shared_fields.push_back(f);
        }
        const auto& stages = e.post.post.stages;
        s.stage_suits =
            stages.empty() || std::find(stages.begin(), stages.end(), v.stage) != stages.end();
        if (auto tie = v.ties.find(e.post.poster); tie != v.ties.end()) {
          s.tie = tie->second.tie;
          s.poster_name = tie->second.name;
        }
        auto col = colleagues.find(e.org_key);
        s.connections_at_organization = col == colleagues.end() ? 0 : col->second;
        s.organization = e.post.post.organization;
        s.age_ms = now - e.post.updated_at;
        r.score = domain::RankScore(s);
        if (s.tie == domain::PosterTie::kNone && second_degree) {
          s.tie = domain::PosterTie::kSecondDegree;
          const int if_second = domain::RankScore(s);
          s.tie = domain::PosterTie::kNone;
          if (if_second != r.score) {
            if (!resolve) {
              *pending = true;
              r.score = if_second;
              return r;
            }
            const NetworkProximity p = proximity_.GetProximity(viewer, e.post.poster);
            if (p.hops && *p.hops == 2) {
              s.tie = domain::PosterTie::kSecondDegree;
              r.score = if_second;
            }
          }
        }
        return r;
      };
      // The page so far: a min-heap by key, at most limit + 1 (the +1 tells "more").
      auto worse = [](const Ranked& a, const Ranked& b) { return a.key() > b.key(); };
      std::vector<Ranked> best;
      const size_t want = static_cast<size_t>(limit) + 1;
      auto offer = [&](Ranked r) {
        if (after_key > 0 && r.key() >= after_key) return;
        if (best.size() < want) {
          best.push_back(std::move(r));
          std::push_heap(best.begin(), best.end(), worse);
        } else if (r.key() > best.front().key()) {
          std::pop_heap(best.begin(), best.end(), worse);
          best.back() = std::move(r);
          std::push_heap(best.begin(), best.end(), worse);
        }
      };
      // Nothing left whose bound can enter a full page.
      auto settled = [&](int bound) { return best.size() == want && bound < best.front().score; };

      if (plan == Plan::kFullPass) {
        for (const auto& e : entries_) {
          if (admissible(*e)) offer(exact(*e, true, nullptr));
        }
      } else {
        // 1. Candidates, each with its bound: posts sharing a skill with the viewer (met in
        // the list of the first such skill of the post, so once), asking no required skill,
        // by one of the viewer's ties, or at an organization where connections work.
        // (bound, post, pending): a pending post was scored but for its second-degree tie.
        using Cand = std::tuple<int, const Entry*, bool>;
        std::vector<Cand> bounds;
        for (const HaveSkill& have : skill_keys) {
          const uint32_t key = have.key;
          auto list = by_skill_.find(key);
          if (list == by_skill_.end()) continue;
          for (const Entry* e : list->second) {
            uint32_t first = 0;
            for (uint32_t k : e->skill_keys) {
              if (viewer_level(k)) {
                first = k;
                break;
              }
            }
            if (first == key) bounds.emplace_back(bound_of(*e), e, false);
          }
        }
        auto add_all = [&](const std::vector<const Entry*>& list) {
          for (const Entry* e : list) bounds.emplace_back(bound_of(*e), e, false);
        };
        add_all(no_required_);
        for (const auto& [who, tie] : v.ties) {
          if (auto it = by_poster_.find(who); it != by_poster_.end()) add_all(it->second);
        }
        for (const auto& [org, n] : colleagues) {
          if (auto it = by_org_.find(org); it != by_org_.end()) add_all(it->second);
        }
        // A post is a candidate (so the freshness walk may pass it by) when it is on a list.
        auto candidate = [&](const Entry& e) {
          if (!e.asks_required || v.ties.contains(e.post.poster) ||
              colleagues.contains(e.org_key)) {
            return true;
          }
          for (uint32_t k : e.skill_keys) {
            if (viewer_level(k)) return true;
          }
          return false;
        };
        // 2. The bound of every other post, which only its age moves: no skill shared, so
        // only the nice-to-have part can be full; a shared field and a suited stage at most;
        // no tie of the viewer's own and no connection at the organization, so at most
        // second degree.
        domain::RankSignals rest;
        rest.fit.score_milli = 200 + 1;
        rest.shared_fields.resize(1);
        rest.stage_suits = true;
        rest.tie = second_degree ? domain::PosterTie::kSecondDegree : domain::PosterTie::kNone;
        auto rest_bound = [&](const Entry& e) {
          rest.age_ms = now - e.post.updated_at;
          return domain::RankScore(rest) + 1;
        };
        // Iterators taken here, under the lock: the analysis cannot see that the lambda
        // below only runs while it is held.
        auto fresh = by_fresh_.begin();
        const auto fresh_end = by_fresh_.end();
        auto next_rest = [&] {
          while (fresh != fresh_end && candidate(*fresh->second)) ++fresh;
        };
        next_rest();

        // 3. Exact scores, highest bound first, until no bound left can enter the page.
        std::make_heap(bounds.begin(), bounds.end());
        std::unordered_set<const Entry*> scored;  // a post on two lists is scored once
        for (;;) {
          const int cand = bounds.empty() ? -1 : std::get<0>(bounds.front());
          const int walk = fresh == fresh_end ? -1 : rest_bound(*fresh->second);
          if (std::max(cand, walk) < 0 || settled(std::max(cand, walk))) break;
          const Entry* e = nullptr;
          if (cand >= walk) {
            std::pop_heap(bounds.begin(), bounds.end());
            const auto [ub, post, pending] = bounds.back();
            bounds.pop_back();
            if (pending) {  // its turn came at its higher score: ask the engine
              offer(exact(*post, true, nullptr));
              continue;
            }
            e = post;
            if (!scored.insert(e).second) continue;
          } else {
            e = fresh->second;
            ++fresh;
            next_rest();
          }
          if (!admissible(*e)) continue;
          bool pending = false;
          Ranked r = exact(*e, false, &pending);
          if (pending) {
            bounds.emplace_back(r.score, e, true);
            std::push_heap(bounds.begin(), bounds.end());
          } else {
            offer(std::move(r));
          }
        }
      }
      std::sort(best.begin(), best.end(),
                [](const Ranked& a, const Ranked& b) { return a.key() > b.key(); });
      for (const Ranked& r : best) keep.push_back(entries_[position_.at(r.entry->post.id)]);
      page = std::move(best);
    }

    // 3. Posters who blocked the viewer: drop them and rank again.
    std::vector<MemberId> posters;
    for (const Ranked& r : page) posters.push_back(r.entry->post.poster);
    std::unordered_map<MemberId, domain::Relationship> rels;
    if (!posters.empty()) {
      RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
        ASSIGN_OR_RETURN(rels, tx.connections().Relationships(viewer, posters));
        return Status::Ok();
      }));
    }
    bool dropped = false;
    for (MemberId p : posters) {
      if (rels[p].blocked_either_way()) dropped = v.excluded.insert(p).second || dropped;
    }
    if (!dropped) break;
    if (round + 1 == kMaxBlockRounds) {
      std::erase_if(page,
                    [&](const Ranked& r) { return v.excluded.contains(r.entry->post.poster); });
      break;
    }
  }

  Page<ForYouItem> out;
  const bool more = page.size() > static_cast<size_t>(limit);
  if (more) page.resize(limit);
  std::vector<domain::Opportunity> posts;
  for (const Ranked& r : page) posts.push_back(r.entry->post);
  std::vector<OpportunityView> views;
  RETURN_IF_ERROR(store_.Read([&](Tx& tx) -> Status {
    ASSIGN_OR_RETURN(
        views, opportunities_internal::ViewsOf(tx, viewer, std::move(posts), now, v.interests));
    return Status::Ok();
  }));
  for (size_t i = 0; i < page.size(); ++i) {
    const Ranked& r = page[i];
    ForYouItem item;
    item.opportunity = std::move(views[i]);
    item.score = r.score;
    item.reason = domain::RankReason(r.signals);
    item.skills_met = r.signals.fit.met;
    item.skills_missing = r.signals.fit.missing;
    item.shared_fields = r.signals.shared_fields;
    item.connections_at_organization = r.signals.connections_at_organization;
    out.items.push_back(std::move(item));
  }
  if (more && !page.empty()) out.next_cursor = EncodeCursor(page.back().key());
  return out;
}

}  // namespace pln::app
