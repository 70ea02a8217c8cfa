#include "graph/synthetic.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace pln::graph {
namespace {

SyntheticNetwork Generate(uint32_t members, double avg_degree, uint64_t seed) {
  SyntheticOptions o;
  o.members = members;
  o.avg_degree = avg_degree;
  o.seed = seed;
  auto net = GenerateNetwork(o);
  EXPECT_TRUE(net.ok());
  return *std::move(net);
}

std::vector<uint32_t> Degrees(const SyntheticNetwork& net) {
  std::vector<uint32_t> deg(net.members.size(), 0);
  for (const auto& [u, v] : net.edges) {
    ++deg[u];
    ++deg[v];
  }
  return deg;
}

TEST(SyntheticTest, ExactEdgeCountNoSelfLoopsNoDuplicates) {
  SyntheticNetwork net = Generate(20'000, 30, 7);
  ASSERT_EQ(net.members.size(), 20'000u);
  EXPECT_EQ(net.edges.size(), 300'000u);  // 20,000 × 30 / 2
  for (size_t i = 0; i < net.edges.size(); ++i) {
    ASSERT_LT(net.edges[i].first, net.edges[i].second) << "edge " << i;
    ASSERT_LT(net.edges[i].second, 20'000u);
    if (i > 0) {
      ASSERT_LT(net.edges[i - 1], net.edges[i]) << "edges not sorted and unique";
    }
  }
  std::vector<uint32_t> deg = Degrees(net);
  double mean = 0;
  for (uint32_t d : deg) mean += d;
  mean /= static_cast<double>(deg.size());
  EXPECT_NEAR(mean, 30.0, 0.01);
}

TEST(SyntheticTest, DegreesAreHeavyTailed) {
  SyntheticNetwork net = Generate(50'000, 20, 3);
  std::vector<uint32_t> deg = Degrees(net);
  std::sort(deg.begin(), deg.end());
  const double median = deg[deg.size() / 2];
  const double max = deg.back();
  // A Poisson graph with mean 20 has a maximum degree near 40; a heavy tail has
  // hubs tens of times the median, while most members sit below the mean.
  EXPECT_GT(max, 15 * median);
  EXPECT_LT(median, 20.0);
  // The top 1% of members hold a large share of edge ends (about 1% in a Poisson graph).
  double top = 0, all = 0;
  for (size_t i = 0; i < deg.size(); ++i) {
    all += deg[i];
    if (i >= deg.size() - deg.size() / 100) top += deg[i];
  }
  EXPECT_GT(top / all, 0.08);
  // Complementary CDF falls roughly like a power law: P(d >= 4x) / P(d >= x) is
  // far above what an exponential tail gives.
  auto ccdf = [&](double x) {
    return static_cast<double>(deg.end() - std::lower_bound(deg.begin(), deg.end(), x)) /
           static_cast<double>(deg.size());
  };
  EXPECT_GT(ccdf(160) / ccdf(40), 0.03);
}

TEST(SyntheticTest, CommunitiesAreDense) {
  SyntheticNetwork net = Generate(20'000, 20, 11);
  size_t same_org = 0, same_field = 0;
  for (const auto& [u, v] : net.edges) {
    const auto& a = net.members[u];
    const auto& b = net.members[v];
    if (a.organization != kNone && a.organization == b.organization) ++same_org;
    if (!a.fields.empty() && !b.fields.empty() &&
        std::find(b.fields.begin(), b.fields.end(), a.fields[0]) != b.fields.end()) {
      ++same_field;
    }
  }
  const double edges = static_cast<double>(net.edges.size());
  // ~166 organizations: random pairs would share one about 1% of the time.
  EXPECT_GT(same_org / edges, 0.25);
  EXPECT_GT(same_field / edges, 0.4);
}

TEST(SyntheticTest, ProfilesAreRealistic) {
  SyntheticNetwork net = Generate(5'000, 10, 5);
  std::map<Stage, int> stages;
  int mentors = 0, seeking = 0, hidden = 0;
  for (const MemberAttributes& a : net.members) {
    ASSERT_FALSE(a.fields.empty());
    ASSERT_GE(a.skills.size(), 1u);
    ASSERT_LE(a.skills.size(), 8u);
    for (const SkillLevel& s : a.skills) {
      ASSERT_GE(s.level, 1);
      ASSERT_LE(s.level, 5);
      ASSERT_LT(s.skill, net.skill_names.size());
    }
    ASSERT_TRUE(std::is_sorted(a.fields.begin(), a.fields.end()));
    if (a.organization != kNone) {
      ASSERT_LT(a.organization, net.organization_names.size());
    }
    ++stages[a.stage];
    if (a.flags & kOpenToMentoring) {
      ++mentors;
      EXPECT_TRUE(IsExperienced(a.stage));
    }
    if (a.flags & kSeekingMentor) ++seeking;
    if (!(a.flags & kDiscoverable)) ++hidden;
  }
  EXPECT_EQ(stages.size(), 4u);
  EXPECT_GT(mentors, 300);
  EXPECT_GT(seeking, 600);
  EXPECT_GT(hidden, 50);
  EXPECT_LT(hidden, 300);
  EXPECT_FALSE(net.MemberName(0).empty());
  EXPECT_NE(net.MemberName(0), net.MemberName(1));
}

TEST(SyntheticTest, ReproducibleBySeed) {
  SyntheticNetwork a = Generate(3'000, 12, 42);
  SyntheticNetwork b = Generate(3'000, 12, 42);
  SyntheticNetwork c = Generate(3'000, 12, 43);
  EXPECT_EQ(a.edges, b.edges);
  ASSERT_EQ(a.members.size(), b.members.size());
  for (size_t i = 0; i < a.members.size(); ++i) {
    EXPECT_EQ(a.members[i].fields, b.members[i].fields);
    EXPECT_EQ(a.members[i].skills, b.members[i].skills);
    EXPECT_EQ(a.members[i].organization, b.members[i].organization);
  }
  EXPECT_NE(a.edges, c.edges);
}

TEST(SyntheticTest, RejectsBadOptions) {
  SyntheticOptions o;
  o.members = 1;
  EXPECT_FALSE(GenerateNetwork(o).ok());
  o.members = 100;
  o.avg_degree = 100;
  EXPECT_FALSE(GenerateNetwork(o).ok());
  o.avg_degree = 0;
  EXPECT_FALSE(GenerateNetwork(o).ok());
  o.avg_degree = 4;
  o.in_organization = 0.8;
  o.in_field = 0.5;
  EXPECT_FALSE(GenerateNetwork(o).ok());
}

TEST(SyntheticTest, SnapshotMatchesNetwork) {
  SyntheticNetwork net = Generate(2'000, 8, 9);
  auto snap = BuildSnapshot(net);
  ASSERT_TRUE(snap.ok());
  EXPECT_EQ((*snap)->node_count(), 2'000u);
  EXPECT_EQ((*snap)->connection_count(), net.edges.size());
  EXPECT_EQ((*snap)->ExternalId(0), 1);
  const auto& [u, v] = net.edges.front();
  EXPECT_TRUE((*snap)->Has(Relation::kConnection, u, v));
  EXPECT_EQ((*snap)->Attributes(u).organization, net.members[u].organization);
}

}  // namespace
}  // namespace pln::graph
