#include "graph/heuristics.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <random>
#include <set>

#include "graph/edge_list.h"

namespace pln::graph {
namespace {

// A small random graph plus its plain adjacency sets for the naive reference.
struct Fixture {
  std::shared_ptr<const Snapshot> snap;
  std::vector<std::set<uint32_t>> adj;
};

Fixture RandomGraph(uint32_t n, int edges, uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<std::pair<uint32_t, uint32_t>> list;
  Fixture f;
  f.adj.resize(n);
  for (int i = 0; i < edges; ++i) {
    uint32_t u = static_cast<uint32_t>(rng() % n), v = static_cast<uint32_t>(rng() % n);
    if (u == v) continue;
    list.emplace_back(u, v);
    f.adj[u].insert(v);
    f.adj[v].insert(u);
  }
  f.snap = *BuildSnapshot(n, list, nullptr);
  return f;
}

TEST(HeuristicsTest, CommonNeighboursAndAdamicAdarMatchNaiveReference) {
  for (uint64_t seed : {1, 2, 3}) {
    Fixture f = RandomGraph(40, 160, seed);
    for (uint32_t u = 0; u < 40; ++u) {
      std::map<uint32_t, double> cn, aa;
      for (const auto& [v, s] : HeuristicScores(*f.snap, u, Heuristic::kCommonNeighbours))
        cn[v] = s;
      for (const auto& [v, s] : HeuristicScores(*f.snap, u, Heuristic::kAdamicAdar)) aa[v] = s;
      for (uint32_t v = 0; v < 40; ++v) {
        double ref_cn = 0, ref_aa = 0;
        if (v != u && !f.adj[u].count(v)) {
          for (uint32_t z = 0; z < 40; ++z) {  // ascending z: same summation order
            if (f.adj[u].count(z) && f.adj[v].count(z)) {
              ref_cn += 1;
              ref_aa += 1.0 / std::log(static_cast<double>(f.adj[z].size()));
            }
          }
        }
        EXPECT_EQ(cn.count(v) ? cn[v] : 0.0, ref_cn) << "u=" << u << " v=" << v;
        EXPECT_EQ(aa.count(v) ? aa[v] : 0.0, ref_aa) << "u=" << u << " v=" << v;
      }
    }
  }
}

TEST(HeuristicsTest, ResourceAllocationOnHandGraph) {
  // 0-1, 0-2, 1-3, 2-3, 2-4: for 0, node 3 via 1 (deg 2) and 2 (deg 3); node 4 via 2.
  auto snap = *BuildSnapshot(5, {{0, 1}, {0, 2}, {1, 3}, {2, 3}, {2, 4}}, nullptr);
  auto s = HeuristicScores(*snap, 0, Heuristic::kResourceAllocation);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].first, 3u);
  EXPECT_DOUBLE_EQ(s[0].second, 0.5 + 1.0 / 3);
  EXPECT_EQ(s[1].first, 4u);
  EXPECT_DOUBLE_EQ(s[1].second, 1.0 / 3);
  EXPECT_EQ(HeuristicTopK(*snap, 0, Heuristic::kResourceAllocation, 1), std::vector<uint32_t>{3});
}

TEST(HeuristicsTest, PersonalizedPageRankNeverReturnsSelfOrNeighbours) {
  Fixture f = RandomGraph(60, 200, 9);
  for (uint32_t u = 0; u < 60; ++u) {
    for (uint32_t v : HeuristicTopK(*f.snap, u, Heuristic::kPersonalizedPageRank, 100)) {
      EXPECT_NE(v, u);
      EXPECT_FALSE(f.adj[u].count(v));
    }
  }
}

}  // namespace
}  // namespace pln::graph
