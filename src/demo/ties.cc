#include "demo/ties.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "demo/random.h"
#include "demo/word_tables.h"

namespace pln::demo {
namespace {

using domain::CareerStage;

constexpr char kDemoIncomingFromLearner[] =
    "Hi Sam! I'm a data science learner too, at {program}. Want to swap feedback on our "
    "capstone notebooks?";
constexpr char kDemoIncomingFromEarly[] =
    "Hi Sam, I finished {program} last year and now work as {a_role}. Happy to tell you how the "
    "job search went.";
constexpr char kDemoIncomingFromMentor[] =
    "Hello Sam, I saw you're looking for a mentor in data science. I have time for a call every "
    "other week if that helps.";
constexpr char kDemoOutgoing[] =
    "Hi {to_first}, I just finished {program} and I'm looking for my first analyst role. Would "
    "you have twenty minutes to talk about how you got into data science?";

uint64_t PairKey(int a, int b) {
  if (a > b) std::swap(a, b);
  return (static_cast<uint64_t>(a) << 32) | static_cast<uint32_t>(b);
}
uint64_t DirectedKey(int from, int to) {
  return (static_cast<uint64_t>(from) << 32) | static_cast<uint32_t>(to);
}

// Builds ties over the people. Community structure comes from cohorts,
// employers and schools; the heavy tail of degrees from preferential
// attachment: new ties pick an endpoint of an existing tie in the field, so
// the well-connected get more (with a head start for the experienced).
class TieBuilder {
 public:
  TieBuilder(uint64_t seed, const std::vector<Traits>& traits, DemoPlan& plan, int64_t now)
      : rng_(SplitMix64(seed ^ 0x7E1E5EEDULL)),
        traits_(traits),
        plan_(plan),
        now_(now),
        degree_(traits.size(), 0),
        field_pool_(Fields().size()) {}

  void Build() {
    const int n = static_cast<int>(traits_.size());
    std::map<int, std::vector<int>> cohorts, employers, school_learners;
    std::vector<std::vector<int>> mentors(Fields().size());
    std::vector<double> reach(static_cast<size_t>(n), 1.0);
    for (int i = 1; i < n; ++i) {
      const Traits& t = traits_[static_cast<size_t>(i)];
      // Some people are simply more sociable (meetup organisers, instructors):
      // a Pareto-distributed reach, times a head start for seniority. Together
      // with preferential attachment this gives the heavy tail of degrees.
      reach[static_cast<size_t>(i)] =
          std::min(kMaxReach, std::pow(1.0 - rng_.Unit(), -1.0 / kReachAlpha));
      const double seniority = t.stage == CareerStage::kLearner       ? 1
                               : t.stage == CareerStage::kEarlyCareer ? 2
                                                                      : (t.mentor ? 4 : 3);
      const int weight = static_cast<int>(std::lround(seniority * reach[static_cast<size_t>(i)]));
      for (int w = 0; w < weight; ++w) AddToPools(i);
      if (t.stage == CareerStage::kLearner) {
        cohorts[CohortKey(t)].push_back(i);
        school_learners[t.program].push_back(i);
      } else {
        employers[t.employer].push_back(i);
      }
      if (t.mentor) mentors[static_cast<size_t>(t.field)].push_back(i);
    }

    for (int i = 1; i < n; ++i) {
      const Traits& t = traits_[static_cast<size_t>(i)];
      if (t.stage == CareerStage::kLearner) {
        // Classmates: the densest part of a learner's network.
        ConnectWithin(i, cohorts[CohortKey(t)], rng_.Between(2, 4));
        if (t.wants_mentor && rng_.Chance(0.6) && !mentors[static_cast<size_t>(t.field)].empty()) {
          AddTie(i, PreferentialMentor(t.field, mentors[static_cast<size_t>(t.field)]));
        }
      } else {
        ConnectWithin(i, employers[t.employer], rng_.Between(1, 3));
        if (t.alumnus) ConnectWithin(i, school_learners[t.program], rng_.Between(0, 2));
      }
    }

    // Preferential attachment, mostly inside the field, sometimes across.
    std::vector<size_t> order = Sample(rng_, static_cast<size_t>(n), static_cast<size_t>(n));
    for (size_t i : order) {
      if (i == 0) continue;
      const int me = static_cast<int>(i);
      const int k = rng_.Between(1, 3) + static_cast<int>(kReachTies * (reach[i] - 1.0));
      for (int e = 0; e < k; ++e) {
        const auto& pool =
            rng_.Chance(0.8) ? field_pool_[static_cast<size_t>(traits_[i].field)] : global_pool_;
        for (int attempt = 0; attempt < 3; ++attempt) {
          if (AddTie(me, rng_.Pick(pool))) break;
        }
      }
    }

    ConnectDemoLogin(cohorts, mentors);
    PlanRequests(mentors);
    PlanFollows();
  }

 private:
  static constexpr double kReachAlpha = 1.5;  // Pareto shape: smaller, heavier tail
  static constexpr double kMaxReach = 20.0;
  static constexpr double kReachTies = 1.0;  // extra ties a sociable person starts

  static int CohortKey(const Traits& t) { return t.program * 8 + t.term; }

  void AddToPools(int i) {
    if (i == 0) return;  // the demo login keeps its handful of ties
    field_pool_[static_cast<size_t>(traits_[static_cast<size_t>(i)].field)].push_back(i);
    global_pool_.push_back(i);
  }

  int64_t TimeAfterBoth(int a, int b) {
    const int64_t joined = std::max(plan_.people[static_cast<size_t>(a)].created_at,
                                    plan_.people[static_cast<size_t>(b)].created_at);
    return joined + static_cast<int64_t>(static_cast<double>(now_ - joined) * rng_.Unit());
  }

  bool AddTie(int a, int b) {
    if (a == b || !ties_.insert(PairKey(a, b)).second) return false;
    ++degree_[static_cast<size_t>(a)];
    ++degree_[static_cast<size_t>(b)];
    AddToPools(a);
    AddToPools(b);
    plan_.connections.push_back({std::min(a, b), std::max(a, b), TimeAfterBoth(a, b)});
    return true;
  }

  void ConnectWithin(int me, const std::vector<int>& group, int count) {
    if (group.size() < 2) return;
    for (int c = 0; c < count; ++c) AddTie(me, rng_.Pick(group));
  }

  // A mentor of the field, the popular ones more likely.
  int PreferentialMentor(int field, const std::vector<int>& mentors) {
    const auto& pool = field_pool_[static_cast<size_t>(field)];
    for (int attempt = 0; attempt < 20; ++attempt) {
      const int candidate = rng_.Pick(pool);
      if (traits_[static_cast<size_t>(candidate)].mentor) return candidate;
    }
    return rng_.Pick(mentors);
  }

  // The best-connected member of `candidates` not tied to `me` yet, or -1.
  int MostConnected(int me, const std::vector<int>& candidates) {
    int best = -1;
    for (int c : candidates) {
      if (c == me || ties_.count(PairKey(me, c)) != 0) continue;
      if (best < 0 || degree_[static_cast<size_t>(c)] > degree_[static_cast<size_t>(best)])
        best = c;
    }
    return best;
  }

  std::vector<int> MembersWhere(const std::function<bool(const Traits&)>& pred) {
    std::vector<int> out;
    for (size_t i = 1; i < traits_.size(); ++i) {
      if (pred(traits_[i])) out.push_back(static_cast<int>(i));
    }
    return out;
  }

  void ConnectDemoLogin(std::map<int, std::vector<int>>& cohorts,
                        const std::vector<std::vector<int>>& mentors) {
    if (traits_.size() < 2) return;
    const Traits& demo = traits_[0];
    std::vector<int> peers = cohorts[CohortKey(demo)];
    if (peers.size() < 3) {
      peers = MembersWhere([&](const Traits& t) {
        return t.stage == CareerStage::kLearner && t.field == demo.field;
      });
    }
    for (size_t i : Sample(rng_, peers.size(), 3)) AddTie(0, peers[i]);
    const int mentor = MostConnected(0, mentors[static_cast<size_t>(demo.field)]);
    if (mentor > 0) AddTie(0, mentor);
    const std::vector<int> early = MembersWhere([&](const Traits& t) {
      return t.stage == CareerStage::kEarlyCareer && t.field == demo.field;
    });
    if (!early.empty()) AddTie(0, rng_.Pick(early));
  }

  bool AddRequest(int from, int to, std::string note) {
    if (from == to || ties_.count(PairKey(from, to)) != 0 ||
        !requested_.insert(PairKey(from, to)).second) {
      return false;
    }
    const int64_t recent =
        now_ - static_cast<int64_t>(rng_.Below(14 * static_cast<size_t>(kDayMs)));
    const int64_t at = std::max(recent, TimeAfterBoth(from, to));
    plan_.requests.push_back({from, to, std::move(note), at});
    return true;
  }

  Vars NoteVars(int from, int to) {
    const DemoPerson& sender = plan_.people[static_cast<size_t>(from)];
    const Traits& f = traits_[static_cast<size_t>(from)];
    Vars v;
    v.from_first = f.first_name;
    v.to_first = traits_[static_cast<size_t>(to)].first_name;
    v.field = Fields()[static_cast<size_t>(f.field)].name;
    v.skill = sender.profile.skills.empty() ? "" : sender.profile.skills[0].name;
    v.program = Programs()[static_cast<size_t>(f.program)].name;
    v.role = f.role;
    return v;
  }

  void PlanRequests(const std::vector<std::vector<int>>& mentors) {
    const int n = static_cast<int>(traits_.size());
    if (n < 2) return;
    // The demo login finds a few requests waiting, and one of its own pending.
    const Traits& demo = traits_[0];
    const auto same_field = [&](CareerStage stage) {
      return MembersWhere(
          [&](const Traits& t) { return t.stage == stage && t.field == demo.field; });
    };
    const std::pair<std::vector<int>, const char*> incoming[] = {
        {same_field(CareerStage::kLearner), kDemoIncomingFromLearner},
        {same_field(CareerStage::kEarlyCareer), kDemoIncomingFromEarly},
        {mentors[static_cast<size_t>(demo.field)], kDemoIncomingFromMentor}};
    for (const auto& [candidates, note] : incoming) {
      for (int attempt = 0; attempt < 10 && !candidates.empty(); ++attempt) {
        const int from = rng_.Pick(candidates);
        if (AddRequest(from, 0, Fill(note, NoteVars(from, 0)))) break;
      }
    }
    const auto& demo_mentors = mentors[static_cast<size_t>(demo.field)];
    for (int attempt = 0; attempt < 10 && !demo_mentors.empty(); ++attempt) {
      const int to = rng_.Pick(demo_mentors);
      if (AddRequest(0, to, Fill(kDemoOutgoing, NoteVars(0, to)))) break;
    }

    const int wanted = std::max(1, n / 15);
    const auto notes = RequestNotes();
    for (int made = 0, attempt = 0; made < wanted && attempt < wanted * 5; ++attempt) {
      const int from = 1 + static_cast<int>(rng_.Below(static_cast<size_t>(n - 1)));
      const auto& pool =
          rng_.Chance(0.8)
              ? field_pool_[static_cast<size_t>(traits_[static_cast<size_t>(from)].field)]
              : global_pool_;
      if (pool.empty()) break;
      const int to = rng_.Pick(pool);
      if (AddRequest(from, to, Fill(rng_.Pick(notes), NoteVars(from, to)))) ++made;
    }
  }

  bool AddFollow(int follower, int followee) {
    if (follower == followee || !follows_.insert(DirectedKey(follower, followee)).second) {
      return false;
    }
    plan_.follows.push_back({follower, followee, TimeAfterBoth(follower, followee)});
    return true;
  }

  // Learners follow experienced people of their field, the popular ones most.
  void PlanFollows() {
    const int n = static_cast<int>(traits_.size());
    for (int i = 1; i < n; ++i) {
      const Traits& t = traits_[static_cast<size_t>(i)];
      if (t.stage != CareerStage::kLearner || !rng_.Chance(0.5)) continue;
      const auto& pool = field_pool_[static_cast<size_t>(t.field)];
      int wanted = rng_.Between(1, 2);
      for (int attempt = 0; attempt < 10 && wanted > 0; ++attempt) {
        const int candidate = rng_.Pick(pool);
        if (traits_[static_cast<size_t>(candidate)].stage == CareerStage::kExperienced &&
            AddFollow(i, candidate)) {
          --wanted;
        }
      }
    }
    if (n < 2) return;
    std::vector<int> experts = MembersWhere([&](const Traits& t) {
      return t.stage == CareerStage::kExperienced && t.field == traits_[0].field;
    });
    std::stable_sort(experts.begin(), experts.end(), [&](int a, int b) {
      return degree_[static_cast<size_t>(a)] > degree_[static_cast<size_t>(b)];
    });
    for (size_t k = 0; k < experts.size() && k < 2; ++k) AddFollow(0, experts[k]);
  }

  Rng rng_;
  const std::vector<Traits>& traits_;
  DemoPlan& plan_;
  int64_t now_;
  std::vector<int> degree_;
  // Each member appears once per tie plus a few base entries; a uniform pick
  // from a pool is a pick proportional to (degree + base).
  std::vector<std::vector<int>> field_pool_;
  std::vector<int> global_pool_;
  std::unordered_set<uint64_t> ties_, requested_, follows_;
};

}  // namespace

void BuildTies(uint64_t seed, const std::vector<Traits>& traits, DemoPlan& plan, int64_t now) {
  TieBuilder(seed, traits, plan, now).Build();
}

}  // namespace pln::demo
