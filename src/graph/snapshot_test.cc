// Snapshot building: CSR rows (symmetric connections, unsorted input,
// duplicates), posting lists ordered by degree, the most connected members, and
// profiles built on another thread while relations are still being added (as
// the network loader does) giving the same snapshot as a plain build.
#include "graph/snapshot.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <random>
#include <thread>
#include <tuple>
#include <vector>

namespace pln::graph {
namespace {

std::vector<uint32_t> Row(const Csr& csr, uint32_t u) {
  auto row = csr.Row(u);
  return {row.begin(), row.end()};
}

TEST(SnapshotTest, SymmetricPairsGiveSortedRowsInBothDirections) {
  // Unsorted, with a duplicate and the same edge given both ways.
  std::vector<std::pair<uint32_t, uint32_t>> pairs = {{2, 0}, {0, 1}, {3, 1},
                                                      {0, 1}, {1, 0}, {0, 3}};
  Result<Csr> csr = Csr::FromPairs(4, pairs, /*symmetric=*/true);
  ASSERT_TRUE(csr.ok());
  EXPECT_EQ(Row(*csr, 0), (std::vector<uint32_t>{1, 2, 3}));
  EXPECT_EQ(Row(*csr, 1), (std::vector<uint32_t>{0, 3}));
  EXPECT_EQ(Row(*csr, 2), (std::vector<uint32_t>{0}));
  EXPECT_EQ(Row(*csr, 3), (std::vector<uint32_t>{0, 1}));
  EXPECT_TRUE(pairs.empty());
  // One-way pairs stay one way.
  std::vector<std::pair<uint32_t, uint32_t>> one_way = {{1, 0}, {0, 2}, {0, 1}, {0, 2}};
  Result<Csr> directed = Csr::FromPairs(3, one_way);
  ASSERT_TRUE(directed.ok());
  EXPECT_EQ(Row(*directed, 0), (std::vector<uint32_t>{1, 2}));
  EXPECT_EQ(Row(*directed, 1), (std::vector<uint32_t>{0}));
  EXPECT_TRUE(Row(*directed, 2).empty());
}

// A random network of n members with attributes and every kind of relation.
struct Network {
  uint32_t n = 0;
  std::vector<MemberAttributes> attributes;
  std::vector<std::tuple<Relation, uint32_t, uint32_t>> relations;
};

Network RandomNetwork(uint32_t n, uint32_t seed) {
  std::mt19937 rng(seed);
  auto pick = [&](uint32_t bound) { return static_cast<uint32_t>(rng() % bound); };
  Network net;
  net.n = n;
  net.attributes.resize(n - n / 10);  // the last tenth have no attributes at all
  for (auto& a : net.attributes) {
    for (uint32_t i = pick(4); i > 0; --i) a.fields.push_back(pick(12));
    for (uint32_t i = pick(5); i > 0; --i) {
      a.skills.push_back({pick(30), static_cast<uint8_t>(pick(6))});
    }
    if (pick(3) == 0) a.groups.push_back(pick(5));
    if (pick(2) == 0) a.organization = pick(7);
    a.stage = static_cast<Stage>(pick(5));
    a.flags = static_cast<uint8_t>(pick(8));
  }
  // Connections as a store scan delivers them (ascending, a < b), then a few
  // out of order and repeated; other relations in random order.
  for (uint32_t a = 0; a < n; ++a) {
    for (uint32_t b = a + 1; b < n; ++b) {
      if (pick(n) < 6) net.relations.emplace_back(Relation::kConnection, a, b);
    }
  }
  for (int i = 0; i < 40; ++i) net.relations.emplace_back(Relation::kConnection, pick(n), pick(n));
  const Relation others[] = {Relation::kFollowing, Relation::kBlocking, Relation::kRequestSent,
                             Relation::kDismissed};
  for (Relation r : others) {
    for (uint32_t i = 0; i < n; ++i) net.relations.emplace_back(r, pick(n), pick(n));
  }
  return net;
}

std::shared_ptr<const Snapshot> BuildPlain(const Network& net) {
  SnapshotBuilder b;
  for (uint32_t u = 0; u < net.n; ++u) b.AddMember(1000 + u);
  for (uint32_t u = 0; u < net.attributes.size(); ++u) b.SetAttributes(u, net.attributes[u]);
  for (const auto& [r, u, v] : net.relations) b.Add(r, u, v);
  return *std::move(b).Build();
}

// As the loader does: profiles on a second thread while relations are added.
std::shared_ptr<const Snapshot> BuildWithProfileThread(const Network& net) {
  SnapshotBuilder b;
  for (uint32_t u = 0; u < net.n; ++u) b.AddMember(1000 + u);
  std::optional<Result<ProfileTables>> profiles;
  std::jthread worker([&profiles, n = b.node_count(), attrs = net.attributes]() mutable {
    profiles.emplace(ProfileTables::Build(n, std::move(attrs)));
  });
  for (const auto& [r, u, v] : net.relations) b.Add(r, u, v);
  worker.join();
  EXPECT_TRUE(profiles->ok());
  b.SetProfiles(std::move(**profiles));
  return *std::move(b).Build();
}

TEST(SnapshotTest, ProfilesBuiltOnAnotherThreadGiveTheSameSnapshot) {
  const Network net = RandomNetwork(300, 7);
  auto plain = BuildPlain(net);
  auto threaded = BuildWithProfileThread(net);
  ASSERT_EQ(plain->node_count(), threaded->node_count());
  EXPECT_GT(plain->connection_count(), 0u);
  EXPECT_EQ(plain->connection_count(), threaded->connection_count());
  for (uint32_t u = 0; u < net.n; ++u) {
    for (size_t r = 0; r < kRelationCount; ++r) {
      auto a = plain->Related(static_cast<Relation>(r), u);
      auto b = threaded->Related(static_cast<Relation>(r), u);
      ASSERT_TRUE(std::equal(a.begin(), a.end(), b.begin(), b.end())) << u << " " << r;
    }
    AttributesRef x = plain->Attributes(u), y = threaded->Attributes(u);
    EXPECT_TRUE(std::ranges::equal(x.fields, y.fields));
    EXPECT_TRUE(std::ranges::equal(x.skills, y.skills));
    EXPECT_TRUE(std::ranges::equal(x.skill_levels, y.skill_levels));
    EXPECT_TRUE(std::ranges::equal(x.groups, y.groups));
    EXPECT_EQ(x.organization, y.organization);
    EXPECT_EQ(x.stage, y.stage);
    EXPECT_EQ(x.flags, y.flags);
  }
  for (size_t k = 0; k < kAttributeKindCount; ++k) {
    for (uint32_t id = 0; id < 30; ++id) {
      auto a = plain->Postings(static_cast<AttributeKind>(k), id);
      auto b = threaded->Postings(static_cast<AttributeKind>(k), id);
      EXPECT_TRUE(std::equal(a.begin(), a.end(), b.begin(), b.end()));
    }
  }
  EXPECT_TRUE(std::ranges::equal(plain->MostConnected(), threaded->MostConnected()));
}

TEST(SnapshotTest, RelationsPostingsAndMostConnectedMatchTheirDefinitions) {
  const Network net = RandomNetwork(200, 11);
  auto snap = BuildWithProfileThread(net);
  // Relations: exactly the given pairs (connections both ways, other relations
  // with their inverse), without self-relations or duplicates, rows sorted.
  std::vector<std::vector<std::vector<uint32_t>>> want(kRelationCount,
                                                       std::vector<std::vector<uint32_t>>(net.n));
  for (const auto& [r, u, v] : net.relations) {
    if (u == v) continue;
    want[static_cast<size_t>(r)][u].push_back(v);
    if (auto inv = Inverse(r)) want[static_cast<size_t>(*inv)][v].push_back(u);
  }
  for (size_t r = 0; r < kRelationCount; ++r) {
    for (uint32_t u = 0; u < net.n; ++u) {
      auto& w = want[r][u];
      std::sort(w.begin(), w.end());
      w.erase(std::unique(w.begin(), w.end()), w.end());
      auto got = snap->Related(static_cast<Relation>(r), u);
      ASSERT_TRUE(std::ranges::equal(got, w)) << "relation " << r << " member " << u;
    }
  }
  // Postings: the members having the value, by degree (highest first), then index.
  auto before = [&](uint32_t a, uint32_t b) {
    return snap->Degree(a) != snap->Degree(b) ? snap->Degree(a) > snap->Degree(b) : a < b;
  };
  for (uint32_t field = 0; field < 12; ++field) {
    std::vector<uint32_t> have;
    for (uint32_t u = 0; u < net.attributes.size(); ++u) {
      const auto& f = net.attributes[u].fields;
      if (std::find(f.begin(), f.end(), field) != f.end()) have.push_back(u);
    }
    std::sort(have.begin(), have.end(), before);
    EXPECT_FALSE(have.empty());
    EXPECT_TRUE(std::ranges::equal(snap->Postings(AttributeKind::kField, field), have)) << field;
  }
  // Most connected: discoverable members with a connection, by degree.
  std::vector<uint32_t> most;
  for (uint32_t u = 0; u < net.n; ++u) {
    if ((snap->Flags(u) & kDiscoverable) && snap->Degree(u) > 0) most.push_back(u);
  }
  std::sort(most.begin(), most.end(), before);
  EXPECT_TRUE(std::ranges::equal(snap->MostConnected(), most));
}

TEST(SnapshotTest, ProfilesForAnotherMemberCountAreRejected) {
  SnapshotBuilder b;
  b.AddMember(1);
  b.AddMember(2);
  Result<ProfileTables> profiles = ProfileTables::Build(1, {});
  ASSERT_TRUE(profiles.ok());
  b.SetProfiles(std::move(*profiles));
  Result<std::shared_ptr<const Snapshot>> snap = std::move(b).Build();
  ASSERT_FALSE(snap.ok());
  EXPECT_EQ(snap.error().kind(), ErrorKind::kInternal);
}

}  // namespace
}  // namespace pln::graph
