#include "graph/recommender.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace pln::graph {
namespace {

bool Contains(const std::vector<Suggestion>& s, uint32_t node) {
  return std::any_of(s.begin(), s.end(), [&](const Suggestion& x) { return x.node == node; });
}

const Candidate* Find(const std::vector<Candidate>& cands, uint32_t node) {
  for (const Candidate& c : cands) {
    if (c.node == node) return &c;
  }
  return nullptr;
}

// The members CollectCandidates keeps for `viewer`, in index order.
std::vector<uint32_t> CandidateNodes(const GraphView& g, uint32_t viewer,
                                     const RecommendOptions& o) {
  std::vector<Candidate> cands;
  CollectCandidates(g, viewer, o, cands);
  std::vector<uint32_t> nodes;
  for (const Candidate& c : cands) nodes.push_back(c.node);
  std::sort(nodes.begin(), nodes.end());
  return nodes;
}

// A network built both into a snapshot and into plain adjacency lists, for
// checks against naive computations. Members are 0..members-1; a repeated or
// self connection is ignored.
struct NaiveNetwork {
  SnapshotBuilder builder;
  std::vector<std::vector<uint32_t>> adjacency;

  NaiveNetwork(uint32_t members, int64_t first_id) : adjacency(members) {
    for (uint32_t i = 0; i < members; ++i) builder.AddMember(first_id + i);
  }
  void Connect(uint32_t u, uint32_t v) {
    if (u == v || std::count(adjacency[u].begin(), adjacency[u].end(), v)) return;
    builder.AddConnection(u, v);
    adjacency[u].push_back(v);
    adjacency[v].push_back(u);
  }
};

// 0 is the viewer. 0-1, 0-2, 1-3, 2-3, 1-4, 2-5, 3-6 ; 7,8 isolated with attributes.
std::shared_ptr<const Snapshot> Small(std::function<void(SnapshotBuilder&)> extra = nullptr) {
  SnapshotBuilder b;
  for (int64_t i = 0; i < 10; ++i) b.AddMember(100 + i);
  for (auto [u, v] : std::vector<std::pair<uint32_t, uint32_t>>{
           {0, 1}, {0, 2}, {1, 3}, {2, 3}, {1, 4}, {2, 5}, {3, 6}}) {
    b.AddConnection(u, v);
  }
  if (extra) extra(b);
  return *std::move(b).Build();
}

TEST(RecommenderTest, RanksMutualConnectionsAndExplains) {
  auto snap = Small();
  GraphView g(*snap, nullptr);
  auto s = Recommend(g, 0, 5, DefaultWeights());
  ASSERT_FALSE(s.empty());
  EXPECT_EQ(s[0].node, 3u);  // two mutual connections
  EXPECT_EQ(s[0].reasons.mutual_count, 2u);
  EXPECT_EQ(s[0].reasons.mutuals.size(), 2u);
  EXPECT_FALSE(Contains(s, 0));
  EXPECT_FALSE(Contains(s, 1));
  EXPECT_FALSE(Contains(s, 2));
  EXPECT_TRUE(Contains(s, 6));  // three hops away
}

TEST(RecommenderTest, NeverSuggestsExcludedMembers) {
  auto snap = Small([](SnapshotBuilder& b) {
    b.Add(Relation::kBlocking, 4, 0);     // 4 blocked the viewer
    b.Add(Relation::kRequestSent, 0, 5);  // pending request
    b.Add(Relation::kDismissed, 0, 6);    // dismissed
    MemberAttributes hidden;
    hidden.flags = 0;  // not discoverable
    b.SetAttributes(3, hidden);
  });
  GraphView g(*snap, nullptr);
  auto s = Recommend(g, 0, 10, DefaultWeights());
  for (uint32_t banned : {0u, 1u, 2u, 3u, 4u, 5u, 6u}) EXPECT_FALSE(Contains(s, banned)) << banned;
}

TEST(RecommenderTest, ColdStartUsesAttributesAndComplementarity) {
  auto snap = Small([](SnapshotBuilder& b) {
    MemberAttributes learner;
    learner.fields = {7};
    learner.stage = Stage::kLearner;
    b.SetAttributes(8, learner);  // newcomer, no connections
    MemberAttributes mentor;
    mentor.fields = {7};
    mentor.stage = Stage::kSenior;
    mentor.flags = kDiscoverable | kOpenToMentoring;
    b.SetAttributes(6, mentor);
    MemberAttributes peer;
    peer.fields = {7};
    peer.stage = Stage::kLearner;
    b.SetAttributes(9, peer);
  });
  GraphView g(*snap, nullptr);
  auto s = Recommend(g, 8, 3, DefaultWeights());
  ASSERT_GE(s.size(), 2u);
  EXPECT_EQ(s[0].node, 6u);
  EXPECT_TRUE(s[0].reasons.complementary);
  EXPECT_EQ(s[0].reasons.shared_fields, std::vector<uint32_t>{7});
  EXPECT_TRUE(Contains(s, 9));
  // A newcomer with nothing at all still gets the most connected members.
  auto t = Recommend(g, 7, 3, DefaultWeights());
  EXPECT_EQ(t.size(), 3u);
}

TEST(RecommenderTest, UnknownViewerGivesNothing) {
  auto snap = Small();
  GraphView g(*snap, nullptr);
  EXPECT_TRUE(Recommend(g, 1000, 5, DefaultWeights()).empty());
}

TEST(RecommenderTest, HubIntermediatesAreCapped) {
  SnapshotBuilder b;
  for (int64_t i = 0; i < 50; ++i) b.AddMember(i);
  for (uint32_t v = 1; v < 50; ++v) b.AddConnection(1, v);  // 1 is a hub, 0 its neighbour
  auto snap = *std::move(b).Build();
  GraphView g(*snap, nullptr);
  RecommendOptions o;
  o.max_intermediate_degree = 10;
  o.attributes = false;
  std::vector<Candidate> c;
  CollectCandidates(g, 0, o, c);
  for (const auto& x : c) EXPECT_EQ(x.f[kCommonNeighbours], 0.f);
}

// Three-step paths rank the members two hops found and add new members only
// while two hops found fewer than max_scored_candidates:
// 0 — 1 — 10 — 50 (50 is three hops away), 0 — 2 — {20..23}, 20 — 21.
// Pre-scores: 10 → 1, 20 and 21 → 0.6, 50 → 0.5, 22 and 23 → 0.4, so were 50
// added with a pool of 5, it would push out 22 or 23.
TEST(RecommenderTest, ThreeHopsWidenOnlyWhenTwoHopsFindTooFew) {
  SnapshotBuilder b;
  for (int64_t i = 0; i < 60; ++i) b.AddMember(1000 + i);
  b.AddConnection(0, 1);
  b.AddConnection(1, 10);
  b.AddConnection(10, 50);
  b.AddConnection(0, 2);
  for (uint32_t v = 20; v < 24; ++v) b.AddConnection(2, v);
  b.AddConnection(20, 21);
  auto snap = *std::move(b).Build();
  GraphView g(*snap, nullptr);
  RecommendOptions o;
  o.attributes = false;
  std::vector<Candidate> cands;

  o.max_scored_candidates = 10;  // two hops find 5: too few, 50 joins
  CollectCandidates(g, 0, o, cands);
  ASSERT_NE(Find(cands, 50), nullptr);
  EXPECT_GT(Find(cands, 50)->f[kThreeHop], 0.f);
  EXPECT_EQ(cands.size(), 6u);

  o.max_scored_candidates = 5;  // two hops fill the pool: 50 stays out
  CollectCandidates(g, 0, o, cands);
  EXPECT_EQ(Find(cands, 50), nullptr);
  EXPECT_EQ(cands.size(), 5u);
  ASSERT_NE(Find(cands, 21), nullptr);
  EXPECT_GT(Find(cands, 21)->f[kThreeHop], 0.f);  // still ranked by 3-step paths
}

// Reasons name exactly the mutual connections a naive intersection finds, the
// most connected first, whether the candidate's row is scanned or, for a hub,
// the viewer's connections are looked up in it.
TEST(RecommenderTest, MutualConnectionsMatchANaiveIntersection) {
  constexpr uint32_t kMembers = 400;
  NaiveNetwork net(kMembers, 5'000);
  const auto& adjacency = net.adjacency;
  std::mt19937 rng(7);
  for (uint32_t u = 1; u < kMembers; ++u) net.Connect(0, u);  // 0 is a hub
  for (int e = 0; e < 2'000; ++e) {
    net.Connect(1 + rng() % (kMembers - 1), 1 + rng() % (kMembers - 1));
  }
  auto snap = *std::move(net.builder).Build();
  GraphView g(*snap, nullptr);
  for (uint32_t viewer : {1u, 2u, 3u, 50u, 399u}) {
    for (uint32_t candidate : {0u, 4u, 77u, 200u, 398u}) {
      if (candidate == viewer) continue;
      std::vector<std::pair<uint32_t, uint32_t>> naive;  // (degree, member)
      for (uint32_t z : adjacency[viewer]) {
        if (std::count(adjacency[candidate].begin(), adjacency[candidate].end(), z)) {
          naive.emplace_back(static_cast<uint32_t>(adjacency[z].size()), z);
        }
      }
      std::sort(naive.begin(), naive.end(), [](const auto& x, const auto& y) {
        return x.first != y.first ? x.first > y.first : x.second < y.second;
      });
      Reasons r = Explain(g, viewer, candidate);
      ASSERT_EQ(r.mutual_count, naive.size()) << viewer << " " << candidate;
      for (size_t i = 0; i < r.mutuals.size(); ++i) EXPECT_EQ(r.mutuals[i], naive[i].second);
      EXPECT_EQ(r.mutuals.size(), std::min<size_t>(3, naive.size()));
    }
  }
}

// With budgets that bound nothing, the 3-hop term of every member is the sum
// a naive walk gives: Σ over 2-hop members b next to it of ra(b) / deg(b). The
// viewer has over a thousand 2-hop members, so the walk's order is selected
// in a head of the strongest and then carries on past it; a member lost or
// walked twice there would show.
TEST(RecommenderTest, ThreeHopTermMatchesANaiveSum) {
  constexpr uint32_t kMembers = 5'000;
  NaiveNetwork net(kMembers, 9'000);
  const auto& adjacency = net.adjacency;
  std::mt19937 rng(11);
  for (int e = 0; e < 60; ++e) net.Connect(0, 1 + rng() % (kMembers - 1));
  for (int e = 0; e < 75'000; ++e) {
    net.Connect(1 + rng() % (kMembers - 1), 1 + rng() % (kMembers - 1));
  }
  auto snap = *std::move(net.builder).Build();
  GraphView g(*snap, nullptr);

  std::vector<double> ra(kMembers, 0.0), lp3(kMembers, 0.0);
  for (uint32_t a : adjacency[0]) {
    if (adjacency[a].size() < 2) continue;
    for (uint32_t v : adjacency[a]) {
      if (v != 0) ra[v] += 1.0 / static_cast<double>(adjacency[a].size());
    }
  }
  size_t two_hop = 0;
  for (uint32_t v = 0; v < kMembers; ++v) {
    if (ra[v] == 0.0) continue;
    ++two_hop;
    for (uint32_t c : adjacency[v]) {
      if (c != 0) lp3[c] += ra[v] / static_cast<double>(adjacency[v].size());
    }
  }
  ASSERT_GT(two_hop, 1'100u);
  auto connected = [&](uint32_t c) {
    return std::count(adjacency[0].begin(), adjacency[0].end(), c) > 0;
  };
  double best = 0.0;
  for (uint32_t c = 1; c < kMembers; ++c) {
    if (!connected(c)) best = std::max(best, lp3[c]);
  }

  RecommendOptions o;
  o.max_intermediate_degree = o.max_three_hop_degree = kMembers;
  o.max_two_hop_visits = o.max_three_hop_visits = 100'000'000;
  o.max_scored_candidates = o.max_profiled_candidates = kMembers;
  o.attributes = false;
  std::vector<Candidate> cands;
  CollectCandidates(g, 0, o, cands);
  size_t checked = 0;
  for (uint32_t c = 1; c < kMembers; ++c) {
    if (connected(c) || lp3[c] == 0.0) continue;
    const Candidate* found = Find(cands, c);
    ASSERT_NE(found, nullptr) << c;
    EXPECT_NEAR(found->f[kThreeHop], lp3[c] / best, 1e-4) << c;  // rescaled: best = 1
    ++checked;
  }
  EXPECT_GT(checked, 3'000u);
}

// 0 — 1 — {10..209}: 200 members two hops away with equal pre-scores. A budget of
// 20 keeps the 20 found first, however the pool is cut (it is 10 times the budget,
// so it is first thinned through a sampled pivot).
TEST(RecommenderTest, CutsKeepTheFirstFoundAmongEqualPreScores) {
  SnapshotBuilder b;
  for (int64_t i = 0; i < 210; ++i) b.AddMember(2'000 + i);
  b.AddConnection(0, 1);
  for (uint32_t v = 10; v < 210; ++v) b.AddConnection(1, v);
  auto snap = *std::move(b).Build();
  GraphView g(*snap, nullptr);
  RecommendOptions o;
  o.attributes = false;
  o.three_hop = false;
  o.max_scored_candidates = 20;
  std::vector<uint32_t> expected;
  for (uint32_t v = 10; v < 30; ++v) expected.push_back(v);
  EXPECT_EQ(CandidateNodes(g, 0, o), expected);
}

// The recommender's "has an entry" filter is indexed by the low 18 bits of a
// member index, so members 2^18 apart share a bit. A shared bit must never merge
// two members: A and B share theirs with entries (3, and the banned connection
// 1) and still count on their own; X shares its bit with the banned connection 2
// and is reached only in three steps, so a walk that only ranks must not add it.
TEST(RecommenderTest, MembersSharingAFilterBitStayApart) {
  constexpr uint32_t kSpan = 1u << 18;
  const uint32_t a = 3 + kSpan, b = 1 + kSpan, x = 2 + kSpan;
  SnapshotBuilder builder;
  for (uint32_t i = 0; i <= a; ++i) builder.AddMember(10'000 + i);
  for (auto [u, v] : std::vector<std::pair<uint32_t, uint32_t>>{
           {0, 1}, {0, 2}, {1, 3}, {2, 3}, {1, a}, {2, b}, {3, a}, {3, x}}) {
    builder.AddConnection(u, v);
  }
  auto snap = *std::move(builder).Build();
  GraphView g(*snap, nullptr);
  RecommendOptions o;
  o.attributes = false;
  o.max_scored_candidates = 3;  // two hops find 3: the 3-hop walk only ranks
  std::vector<Candidate> cands;
  CollectCandidates(g, 0, o, cands);
  auto find = [&](uint32_t node) { return Find(cands, node); };
  ASSERT_EQ(cands.size(), 3u);
  ASSERT_NE(find(3), nullptr);
  ASSERT_NE(find(a), nullptr);
  ASSERT_NE(find(b), nullptr);
  EXPECT_FLOAT_EQ(find(3)->f[kCommonNeighbours], 1.f);  // 2 mutual, the most
  EXPECT_FLOAT_EQ(find(a)->f[kCommonNeighbours], 0.5f);
  EXPECT_FLOAT_EQ(find(b)->f[kCommonNeighbours], 0.5f);
  EXPECT_GT(find(a)->f[kThreeHop], 0.f);  // 0-1-3-a: ranked through the filter
  EXPECT_EQ(find(x), nullptr);
  o.max_scored_candidates = 1'000;  // too few two hops away: three steps widen
  CollectCandidates(g, 0, o, cands);
  EXPECT_NE(find(x), nullptr);
}

// A top k scores at most 10·k graph candidates and profiles 7·k: 0 — 1 — {10..39},
// equal pre-scores (the first found stay), and only 39 is a mentor in the field the
// learner aims for, which shows once its profile is read.
TEST(RecommenderTest, CandidateBudgetsGrowWithK) {
  SnapshotBuilder b;
  for (int64_t i = 0; i < 40; ++i) b.AddMember(1000 + i);
  b.AddConnection(0, 1);
  for (uint32_t v = 10; v < 40; ++v) b.AddConnection(1, v);
  MemberAttributes learner;
  learner.stage = Stage::kLearner;
  learner.fields = {7};
  b.SetAttributes(0, learner);
  MemberAttributes mentor;
  mentor.stage = Stage::kSenior;
  mentor.fields = {7};
  mentor.flags = kDiscoverable | kOpenToMentoring;
  b.SetAttributes(39, mentor);
  auto snap = *std::move(b).Build();
  GraphView g(*snap, nullptr);
  RecommendOptions o;
  o.max_attribute_scan = 0;  // no attribute pre-score: all 30 tie
  // k = 1: 10 scored (10..19), the mentor is cut.
  auto one = Recommend(g, 0, 1, DefaultWeights(), o);
  ASSERT_EQ(one.size(), 1u);
  EXPECT_NE(one[0].node, 39u);
  // k = 3: all 30 scored but 21 profiled (10..30): the mentor is scored on graph terms only.
  auto three = Recommend(g, 0, 3, DefaultWeights(), o);
  ASSERT_EQ(three.size(), 3u);
  EXPECT_NE(three[0].node, 39u);
  // k = 5: every candidate is profiled and the mentor comes first.
  auto five = Recommend(g, 0, 5, DefaultWeights(), o);
  ASSERT_EQ(five.size(), 5u);
  EXPECT_EQ(five[0].node, 39u);
  EXPECT_TRUE(five[0].reasons.complementary);
}

}  // namespace
}  // namespace pln::graph

namespace pln::graph {
namespace {

TEST(RecommenderTest, DeltaAttributeChangesOnlySuggestWhenSomethingIsShared) {
  auto snap = Small();
  Delta d(*snap);
  MemberAttributes a;
  a.fields = {42};
  d.SetAttributes(7, std::make_shared<const FlatAttributes>(FlatAttributes::From(a)));
  MemberAttributes other;
  other.fields = {43};
  d.SetAttributes(8, std::make_shared<const FlatAttributes>(FlatAttributes::From(other)));
  MemberAttributes same = a;
  d.SetAttributes(9, std::make_shared<const FlatAttributes>(FlatAttributes::From(same)));
  GraphView g(*snap, &d);
  auto s = Recommend(g, 7, 10, DefaultWeights());
  EXPECT_TRUE(Contains(s, 9));   // shares field 42, known only through the delta
  EXPECT_FALSE(Contains(s, 8));  // changed profile, nothing shared
}

// Half the members share a common skill with the viewer, a few also a school; one
// shares the organization and a rare field, one is an open mentor strong in the
// skill the viewer is a beginner in. With a small attribute budget both still come
// first, and the common-skill crowd is cut before its profiles are read.
TEST(RecommenderTest, AttributeCandidatesAreBoundedBestFirst) {
  SnapshotBuilder b;
  const uint32_t n = 800, crowd = 399;
  for (uint32_t i = 0; i < n; ++i) b.AddMember(1000 + i);
  for (uint32_t i = 1; i <= crowd; ++i) {
    MemberAttributes a;
    a.skills = {{7, 3}};
    if (i % 40 == 0) a.groups = {3};
    a.fields = {i % 5 == 0 ? 50u : 60u + i % 7};
    a.stage = Stage::kEarlyCareer;
    b.SetAttributes(i, a);
  }
  MemberAttributes viewer;
  viewer.skills = {{7, 1}};
  viewer.fields = {99};
  viewer.organization = 5;
  viewer.groups = {3};
  viewer.stage = Stage::kLearner;
  viewer.flags = kDiscoverable | kSeekingMentor;
  b.SetAttributes(0, viewer);
  MemberAttributes colleague;  // same organization and the rare field 99
  colleague.skills = {{7, 2}};
  colleague.fields = {99};
  colleague.organization = 5;
  b.SetAttributes(321, colleague);
  MemberAttributes mentor;  // experienced, open to mentoring, strong in the skill
  mentor.skills = {{7, 5}};
  mentor.fields = {60};
  mentor.stage = Stage::kSenior;
  mentor.flags = kDiscoverable | kOpenToMentoring;
  b.SetAttributes(333, mentor);
  auto snap = *std::move(b).Build();
  GraphView g(*snap, nullptr);

  RecommendOptions bounded;
  bounded.max_attribute_candidates = 10;
  std::vector<Candidate> cands;
  CollectCandidates(g, 0, bounded, cands);
  // The mentor, the colleague and 8 of the 9 schoolmates (equal pre-scores: the
  // quota is exact, the first found stay).
  EXPECT_EQ(cands.size(), 10u);
  auto s = Recommend(g, 0, 2, DefaultWeights(), bounded);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_TRUE(Contains(s, 321));
  EXPECT_TRUE(Contains(s, 333));
  EXPECT_TRUE(s[0].reasons.complementary || s[1].reasons.complementary);

  // Unbounded, every member with the skill is a candidate; the top two are the same.
  RecommendOptions unbounded;
  unbounded.max_attribute_candidates = n;
  CollectCandidates(g, 0, unbounded, cands);
  EXPECT_EQ(cands.size(), crowd);
  auto all = Recommend(g, 0, 2, DefaultWeights(), unbounded);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].node, s[0].node);
  EXPECT_EQ(all[1].node, s[1].node);

  // The scan budget stops early: only the first lists are read.
  RecommendOptions tiny;
  tiny.max_attribute_scan = 1;
  CollectCandidates(g, 0, tiny, cands);
  EXPECT_LE(cands.size(), 1u);
}

// Graph candidates beyond max_scored_candidates are cut by resource allocation
// before profiles are read, also those sharing attributes with the viewer:
// 0 — 1 — {10..14} (intermediate of degree 6) and 0 — 2 — {100..199} (degree 101).
TEST(RecommenderTest, GraphCandidatesAreCutToTheStrongest) {
  SnapshotBuilder b;
  for (int64_t i = 0; i < 200; ++i) b.AddMember(1000 + i);
  b.AddConnection(0, 1);
  b.AddConnection(0, 2);
  for (uint32_t v = 10; v < 15; ++v) b.AddConnection(1, v);
  for (uint32_t v = 100; v < 200; ++v) b.AddConnection(2, v);
  MemberAttributes shared;
  shared.fields = {7};
  b.SetAttributes(0, shared);
  b.SetAttributes(150, shared);  // weakly connected, shares a field
  auto snap = *std::move(b).Build();
  GraphView g(*snap, nullptr);
  RecommendOptions o;
  o.three_hop = false;
  o.max_scored_candidates = 5;
  EXPECT_EQ(CandidateNodes(g, 0, o), (std::vector<uint32_t>{10, 11, 12, 13, 14}));

  // With room for one more, the member sharing the field wins the ties at 1/101.
  o.max_scored_candidates = 6;
  EXPECT_EQ(CandidateNodes(g, 0, o), (std::vector<uint32_t>{10, 11, 12, 13, 14, 150}));
}

}  // namespace
}  // namespace pln::graph
