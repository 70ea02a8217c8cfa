#include "graph/edge_list.h"

#include <gtest/gtest.h>

#include <sstream>

namespace pln::graph {
namespace {

TEST(EdgeListTest, ToleratesCommentsCrlfTabsDuplicatesAndSelfLoops) {
  std::istringstream in("# header\r\n  # indented comment\na\tb\r\nb a\n\nc  a \r\nc c\n");
  auto r = ParseEdgeList(in, "x.txt");
  ASSERT_TRUE(r.ok()) << r.error().message();
  EXPECT_EQ(r->node_count(), 3u);
  EXPECT_EQ(r->edges.size(), 2u);
  EXPECT_EQ(r->duplicates, 1u);
  EXPECT_EQ(r->self_loops, 1u);
  EXPECT_EQ(r->names[r->edges[0].first], "a");
}

TEST(EdgeListTest, RejectsLinesWithoutTwoIdsWithLineNumber) {
  for (const char* text : {"a b\nc\n", "a b\nc d e\n"}) {
    std::istringstream in(text);
    auto r = ParseEdgeList(in, "bad.txt");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message().find("bad.txt: line 2: expected two node ids"), std::string::npos)
        << r.error().message();
  }
}

TEST(EdgeListTest, ParsesAttributes) {
  EdgeList nodes;
  nodes.Intern("n1");
  std::istringstream in(
      "# comment\nn1\torg=acme field=ml field=viz skill=python:4 group=c1 stage=learner seeking=1\n"
      "n2 org=acme org=other mentor=1 discoverable=0\n");
  auto r = ParseAttributes(in, "a.txt", nodes);
  ASSERT_TRUE(r.ok()) << r.error().message();
  ASSERT_EQ(r->members.size(), 2u);
  EXPECT_EQ(nodes.node_count(), 2u);  // n2 added
  const auto& a = r->members[0].second;
  EXPECT_EQ(a.fields.size(), 2u);
  ASSERT_EQ(a.skills.size(), 1u);
  EXPECT_EQ(a.skills[0].level, 4);
  EXPECT_EQ(a.stage, Stage::kLearner);
  EXPECT_TRUE(a.flags & kSeekingMentor);
  const auto& b = r->members[1].second;
  EXPECT_EQ(b.organization, a.organization);
  EXPECT_EQ(b.groups.size(), 1u);  // second org became a group
  EXPECT_FALSE(b.flags & kDiscoverable);
  EXPECT_TRUE(b.flags & kOpenToMentoring);
}

TEST(EdgeListTest, RejectsBadAttributes) {
  for (const char* text : {"n1 org\n", "n1 colour=red\n", "n1 skill=x:9\n", "n1 stage=boss\n"}) {
    EdgeList nodes;
    std::istringstream in(text);
    auto r = ParseAttributes(in, "a.txt", nodes);
    ASSERT_FALSE(r.ok()) << text;
    EXPECT_NE(r.error().message().find("a.txt: line 1:"), std::string::npos);
  }
}

}  // namespace
}  // namespace pln::graph

namespace pln::graph {
namespace {

TEST(EdgeListTest, InternsNumericAndStringIdsDistinctly) {
  EdgeList l;
  EXPECT_EQ(l.Intern("7"), 0u);
  EXPECT_EQ(l.Intern("007"), 1u);  // not canonical: a different id
  EXPECT_EQ(l.Intern("ana"), 2u);
  EXPECT_EQ(l.Intern("99999999"), 3u);  // above the numeric fast path
  for (int i = 0; i < 5000; ++i) {      // forces rehashing
    std::string id = "n";
    id += std::to_string(i);
    l.Intern(id);
  }
  EXPECT_EQ(l.Intern("7"), 0u);
  EXPECT_EQ(l.Find("007"), 1u);
  EXPECT_EQ(l.Find("ana"), 2u);
  EXPECT_EQ(l.Find("99999999"), 3u);
  EXPECT_EQ(l.Find("n4999"), 5003u);
  EXPECT_FALSE(l.Find("8").has_value());
  EXPECT_FALSE(l.Find("bob").has_value());
  EXPECT_EQ(l.names[1], "007");
}

}  // namespace
}  // namespace pln::graph
