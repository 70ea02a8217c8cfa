#include "graph/paths.h"

#include <gtest/gtest.h>

namespace pln::graph {
namespace {

// 0-1-2-3 chain, 0-4-5-3 alternative, 4-6, 5-6, 6-3?? no: extra triangle 4-5-7 for strength.
std::shared_ptr<const Snapshot> Graph(std::function<void(SnapshotBuilder&)> extra = nullptr) {
  SnapshotBuilder b;
  for (int64_t i = 0; i < 10; ++i) b.AddMember(i);
  for (auto [u, v] : std::vector<std::pair<uint32_t, uint32_t>>{
           {0, 1}, {1, 2}, {2, 3}, {0, 4}, {4, 5}, {5, 3}, {4, 7}, {5, 7}, {0, 7}}) {
    b.AddConnection(u, v);
  }
  if (extra) extra(b);
  return *std::move(b).Build();
}

TEST(PathsTest, DirectAndTwoHop) {
  auto snap = Graph();
  GraphView g(*snap, nullptr);
  auto d = ShortestPaths(g, 0, 1);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].nodes, (std::vector<uint32_t>{0, 1}));
  auto two = ShortestPaths(g, 0, 5);
  ASSERT_EQ(two.size(), 2u);  // via 4 or 7
  for (const auto& p : two) EXPECT_EQ(p.nodes.size(), 3u);
}

TEST(PathsTest, ThreeHopsPreferStrongTies) {
  auto snap = Graph();
  GraphView g(*snap, nullptr);
  auto p = ShortestPaths(g, 0, 3, {.max_paths = 5});
  ASSERT_GE(p.size(), 2u);
  for (const auto& x : p) EXPECT_EQ(x.nodes.size(), 4u);
  // 0-4-5-3 and 0-7-5-3 run through the 4-5-7 triangle; 0-1-2-3 has no mutuals.
  EXPECT_NE(p[0].nodes[1], 1u);
  EXPECT_EQ(p.back().nodes, (std::vector<uint32_t>{0, 1, 2, 3}));
  EXPECT_GE(p[0].strength, p.back().strength);
}

TEST(PathsTest, BlockedMembersNeverOnAPath) {
  auto snap = Graph([](SnapshotBuilder& b) {
    b.Add(Relation::kBlocking, 5, 0);  // 5 blocked the viewer
  });
  GraphView g(*snap, nullptr);
  auto p = ShortestPaths(g, 0, 3, {.max_paths = 5});
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].nodes, (std::vector<uint32_t>{0, 1, 2, 3}));
  EXPECT_TRUE(ShortestPaths(g, 0, 5).empty());
  EXPECT_TRUE(ShortestPaths(g, 0, 8).empty());  // not connected within 3 hops
}

TEST(PathsTest, PredicateExcludes) {
  auto snap = Graph();
  GraphView g(*snap, nullptr);
  auto p = ShortestPaths(g, 0, 3, {.max_paths = 5}, [](uint32_t x) { return x != 5; });
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].nodes[1], 1u);
}

}  // namespace
}  // namespace pln::graph
