#include "graph/linkpred.h"

#include <gtest/gtest.h>

#include <random>

namespace pln::graph {
namespace {

TEST(LinkpredTest, HoldoutKeepsEveryNodeConnected) {
  std::mt19937_64 rng(5);
  EdgePairs edges;
  for (int i = 0; i < 400; ++i) {
    uint32_t u = rng() % 100, v = rng() % 100;
    if (u != v) edges.emplace_back(std::min(u, v), std::max(u, v));
  }
  std::sort(edges.begin(), edges.end());
  edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
  auto split = HoldoutSplit(100, edges, 0.2, 42);
  EXPECT_EQ(split.train.size() + split.test.size(), edges.size());
  EXPECT_NEAR(static_cast<double>(split.test.size()), 0.2 * edges.size(), 1.0);
  std::vector<int> before(100, 0), after(100, 0);
  for (auto [u, v] : edges) ++before[u], ++before[v];
  for (auto [u, v] : split.train) ++after[u], ++after[v];
  for (int u = 0; u < 100; ++u) {
    if (before[u] > 0) {
      EXPECT_GE(after[u], 1) << u;
    }
  }
  auto again = HoldoutSplit(100, edges, 0.2, 42);
  EXPECT_EQ(again.test, split.test);  // seeded
}

TEST(LinkpredTest, EvaluateCountsBothDirections) {
  // Held out {0,1} and {0,2}. Ranker: 0 → [1, 3], 1 → [0], 2 → [].
  EdgePairs test = {{0, 1}, {0, 2}};
  auto ranker = [](uint32_t q, size_t, std::vector<uint32_t>& out) {
    if (q == 0) out = {3, 1};
    if (q == 1) out = {0};
  };
  Metrics m = Evaluate(4, test, ranker, {1, 2}, 1);
  EXPECT_EQ(m.pairs, 4u);
  EXPECT_EQ(m.queries, 3u);
  EXPECT_DOUBLE_EQ(m.hit_rate[0], 1.0 / 4);  // 1→0 at rank 1
  EXPECT_DOUBLE_EQ(m.hit_rate[1], 2.0 / 4);  // plus 0→1 at rank 2
  EXPECT_DOUBLE_EQ(m.mrr, (1.0 + 0.5) / 4);
}

TEST(LinkpredTest, TuningStartsFromResourceAllocationAndNeverGetsWorse) {
  std::mt19937_64 rng(3);
  EdgePairs edges;
  // Two dense communities with a few bridges.
  for (int i = 0; i < 600; ++i) {
    uint32_t c = (rng() % 2) * 30;
    uint32_t u = c + rng() % 30, v = c + rng() % 30;
    if (u != v) edges.emplace_back(std::min(u, v), std::max(u, v));
  }
  std::sort(edges.begin(), edges.end());
  edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
  TuneOptions o;
  auto r = TuneWeights(60, edges, nullptr, o);
  ASSERT_TRUE(r.ok());
  EXPECT_GE(r->objective, r->baseline_objective);
  EXPECT_GT(r->weights[kResourceAllocation], 0);
}

}  // namespace
}  // namespace pln::graph
