#include "domain/relationship.h"

#include <gtest/gtest.h>

namespace pln::domain {
namespace {

Member Sample() {
  Member m;
  m.id = MemberId(7);
  m.profile.name = "Raj Patel";
  m.profile.headline = "Data engineer";
  m.profile.bio = "I build pipelines.";
  m.profile.organization = "Northwind";
  m.profile.fields = {"Data Science"};
  m.profile.skills = {{"Python", 5}};
  m.profile.goals = {"Mentor juniors"};
  m.profile.open_to.mentoring = true;
  m.profile.visibility.bio = Visibility::kPublic;
  m.profile.visibility.details = Visibility::kMembers;
  m.profile.visibility.skills = Visibility::kConnections;
  m.profile.visibility.goals = Visibility::kConnections;
  return m;
}

TEST(VisibilityTest, AnonymousSeesOnlyPublic) {
  Viewer anon;
  auto v = ViewOf(anon, Sample(), Relationship{});
  EXPECT_TRUE(v.bio.has_value());
  EXPECT_FALSE(v.organization.has_value());
  EXPECT_FALSE(v.skills.has_value());
  EXPECT_EQ(v.hidden_sections.size(), 4u);  // details, skills, goals, connections
}

TEST(VisibilityTest, AnonymousSeesOnlyDiscoverableMembersWithSomethingPublic) {
  Viewer anon;
  Member m = Sample();  // bio is public
  EXPECT_TRUE(CanSeeMember(anon, Relationship{}, m.profile));
  m.profile.discoverable = false;
  EXPECT_FALSE(CanSeeMember(anon, Relationship{}, m.profile));
  m.profile.discoverable = true;
  m.profile.visibility.bio = Visibility::kMembers;  // nothing public left
  EXPECT_FALSE(CanSeeMember(anon, Relationship{}, m.profile));
  m.profile.visibility.connections = Visibility::kPublic;
  EXPECT_TRUE(CanSeeMember(anon, Relationship{}, m.profile));
  // Members keep seeing non-discoverable members they reach by id.
  m.profile.discoverable = false;
  EXPECT_TRUE(CanSeeMember(Viewer{MemberId(1)}, Relationship{}, m.profile));
}

TEST(VisibilityTest, MembersAndConnections) {
  Viewer member{MemberId(1)};
  auto v = ViewOf(member, Sample(), Relationship{});
  EXPECT_TRUE(v.organization.has_value());
  EXPECT_FALSE(v.skills.has_value());
  Relationship connected;
  connected.connected = true;
  auto c = ViewOf(member, Sample(), connected);
  EXPECT_TRUE(c.skills.has_value());
  EXPECT_TRUE(c.goals.has_value());
  EXPECT_TRUE(c.hidden_sections.empty());
}

TEST(VisibilityTest, BlocksHideEverything) {
  Viewer member{MemberId(1)};
  Relationship blocked;
  blocked.blocked_by_target = true;
  EXPECT_FALSE(CanSeeMember(member, blocked));
  blocked = {};
  blocked.blocking_target = true;
  EXPECT_FALSE(CanSeeMember(member, blocked));
  Relationship self;
  self.self = true;
  EXPECT_TRUE(CanSeeSection(member, self, Sample().profile.visibility, Section::kGoals));
}

TEST(DirectoryFilterTest, MatchesOnlyVisibleData) {
  Viewer member{MemberId(1)};
  auto hidden = ViewOf(member, Sample(), Relationship{});  // skills hidden
  DirectoryFilter by_skill;
  by_skill.skill = "python";
  EXPECT_FALSE(MatchesDirectoryFilter(hidden, by_skill));
  DirectoryFilter by_text;
  by_text.text = "python";
  EXPECT_FALSE(MatchesDirectoryFilter(hidden, by_text));  // skill text hidden too
  by_text.text = "RAJ northwind";
  EXPECT_TRUE(MatchesDirectoryFilter(hidden, by_text));
  Relationship connected;
  connected.connected = true;
  auto visible = ViewOf(member, Sample(), connected);
  EXPECT_TRUE(MatchesDirectoryFilter(visible, by_skill));
  DirectoryFilter open;
  open.open_to = "mentoring";
  EXPECT_TRUE(MatchesDirectoryFilter(visible, open));
  open.open_to = "opportunities";
  EXPECT_FALSE(MatchesDirectoryFilter(visible, open));
}

TEST(DirectoryFilterTest, PercentIsLiteral) {
  Viewer member{MemberId(1)};
  auto v = ViewOf(member, Sample(), Relationship{});
  DirectoryFilter f;
  f.text = "%";
  EXPECT_FALSE(MatchesDirectoryFilter(v, f));
}

}  // namespace
}  // namespace pln::domain
