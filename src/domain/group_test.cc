#include "domain/group.h"

#include <gtest/gtest.h>

namespace pln::domain {
namespace {

using State = Membership::State;

Membership In(GroupRole role) {
  return {State::kMember, role};
}
const Membership kOutsider{};

std::vector<std::string> FieldsOf(const Result<GroupInput>& r) {
  std::vector<std::string> out;
  if (!r.ok()) {
    for (const FieldError& e : r.error().details()) out.push_back(e.field);
  }
  return out;
}

TEST(GroupTest, NamesRoundTrip) {
  for (GroupKind k : {GroupKind::kTopic, GroupKind::kCohort}) {
    EXPECT_EQ(ParseGroupKind(ToString(k)), k);
  }
  for (JoinPolicy p : {JoinPolicy::kOpen, JoinPolicy::kRequest, JoinPolicy::kInvite}) {
    EXPECT_EQ(ParseJoinPolicy(ToString(p)), p);
  }
  for (GroupRole r : {GroupRole::kOwner, GroupRole::kModerator, GroupRole::kMember}) {
    EXPECT_EQ(ParseGroupRole(ToString(r)), r);
  }
  EXPECT_FALSE(ParseJoinPolicy("secret"));
  EXPECT_FALSE(ParseGroupRole("admin"));
}

TEST(GroupTest, ValidationNamesEachBadField) {
  GroupInput in;
  in.name = "  Data   Science Circle ";
  in.topics = {"SQL", "sql", "Python"};
  Result<GroupInput> ok = ValidateGroup(in);
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->name, "Data Science Circle");
  EXPECT_EQ(ok->topics, (std::vector<std::string>{"SQL", "Python"}));

  in.name = "ab";
  in.description = std::string(GroupLimits::kDescription + 1, 'x');
  in.topics = {"a", "b", "c", "d", "e", "f"};
  EXPECT_EQ(FieldsOf(ValidateGroup(in)),
            (std::vector<std::string>{"name", "description", "topics"}));
  in = {};
  in.name = "\u200B\u200B\u200B";
  EXPECT_EQ(FieldsOf(ValidateGroup(in)), (std::vector<std::string>{"name"}));
  in.name = "";
  EXPECT_EQ(FieldsOf(ValidateGroup(in)), (std::vector<std::string>{"name"}));
}

TEST(GroupTest, JoiningFollowsThePolicy) {
  EXPECT_EQ(*DecideJoin(GroupKind::kTopic, JoinPolicy::kOpen, kOutsider), State::kMember);
  EXPECT_EQ(*DecideJoin(GroupKind::kTopic, JoinPolicy::kRequest, kOutsider), State::kRequested);
  Result<State> invite_only = DecideJoin(GroupKind::kTopic, JoinPolicy::kInvite, kOutsider);
  ASSERT_FALSE(invite_only.ok());
  EXPECT_EQ(invite_only.error().kind(), ErrorKind::kForbidden);
  EXPECT_EQ(invite_only.error().code(), "invite_only");
  // An invitation opens every door but a cohort's, which its program fills.
  const Membership invited{State::kInvited, GroupRole::kMember};
  EXPECT_EQ(*DecideJoin(GroupKind::kTopic, JoinPolicy::kInvite, invited), State::kMember);
  EXPECT_EQ(DecideJoin(GroupKind::kCohort, JoinPolicy::kOpen, kOutsider).error().code(),
            "cohort_group");
}

TEST(GroupTest, JoiningTwiceIsAConflict) {
  EXPECT_EQ(DecideJoin(GroupKind::kTopic, JoinPolicy::kOpen, In(GroupRole::kMember)).error().code(),
            "already_member");
  const Membership requested{State::kRequested, GroupRole::kMember};
  EXPECT_EQ(DecideJoin(GroupKind::kTopic, JoinPolicy::kRequest, requested).error().code(),
            "request_pending");
}

TEST(GroupTest, TheLastOwnerCannotLeave) {
  EXPECT_EQ(CheckLeave(In(GroupRole::kOwner), 1).error().code(), "last_owner");
  EXPECT_TRUE(CheckLeave(In(GroupRole::kOwner), 2).ok());
  EXPECT_TRUE(CheckLeave(In(GroupRole::kMember), 1).ok());
  EXPECT_EQ(CheckLeave(kOutsider, 1).error().code(), "not_member");
}

TEST(GroupTest, PrivateGroupsShowPostsAndMembersToMembersOnly) {
  EXPECT_TRUE(CanReadPosts(JoinPolicy::kOpen, kOutsider));
  EXPECT_FALSE(CanReadPosts(JoinPolicy::kRequest, kOutsider));
  EXPECT_FALSE(CanSeeMembers(JoinPolicy::kInvite, kOutsider));
  const Membership requested{State::kRequested, GroupRole::kMember};
  EXPECT_FALSE(CanReadPosts(JoinPolicy::kRequest, requested));
  EXPECT_TRUE(CanReadPosts(JoinPolicy::kInvite, In(GroupRole::kMember)));
  EXPECT_FALSE(CanPost(kOutsider));  // not even in an open group
  EXPECT_TRUE(CanPost(In(GroupRole::kMember)));
}

TEST(GroupTest, RolesDecideModeration) {
  EXPECT_TRUE(CanModerate(In(GroupRole::kModerator)));
  EXPECT_FALSE(CanModerate(In(GroupRole::kMember)));
  // An invited owner is not an owner yet.
  EXPECT_FALSE(CanModerate({State::kInvited, GroupRole::kOwner}));
  EXPECT_TRUE(CanInvite(JoinPolicy::kOpen, In(GroupRole::kMember)));
  EXPECT_FALSE(CanInvite(JoinPolicy::kInvite, In(GroupRole::kMember)));
  EXPECT_TRUE(CanInvite(JoinPolicy::kInvite, In(GroupRole::kModerator)));
  EXPECT_TRUE(CanRemove(In(GroupRole::kOwner), GroupRole::kModerator));
  EXPECT_TRUE(CanRemove(In(GroupRole::kModerator), GroupRole::kMember));
  EXPECT_FALSE(CanRemove(In(GroupRole::kModerator), GroupRole::kModerator));
  EXPECT_FALSE(CanRemove(In(GroupRole::kOwner), GroupRole::kOwner));
  EXPECT_TRUE(CanChangeRoles(In(GroupRole::kOwner)));
  EXPECT_FALSE(CanChangeRoles(In(GroupRole::kModerator)));
}

}  // namespace
}  // namespace pln::domain
