#include "domain/post.h"

#include <gtest/gtest.h>

namespace pln::domain {
namespace {

using State = Membership::State;

std::vector<std::string> FieldsOf(const Status& s) {
  std::vector<std::string> out;
  if (!s.ok()) {
    for (const FieldError& e : s.error().details()) out.push_back(e.field);
  }
  return out;
}

template <typename T>
std::vector<std::string> FieldsOf(const Result<T>& r) {
  std::vector<std::string> out;
  if (!r.ok()) {
    for (const FieldError& e : r.error().details()) out.push_back(e.field);
  }
  return out;
}

PostAccess Connected() {
  PostAccess a;
  a.with_author.connected = true;
  return a;
}

PostAccess InGroup(JoinPolicy policy, Membership m) {
  PostAccess a;
  a.group_policy = policy;
  a.membership = m;
  return a;
}

TEST(PostTest, NamesRoundTrip) {
  for (PostAudience a : {PostAudience::kGroup, PostAudience::kConnections, PostAudience::kFollowers,
                         PostAudience::kMembers}) {
    EXPECT_EQ(ParsePostAudience(ToString(a)), a);
  }
  for (Reaction r : kAllReactions) EXPECT_EQ(ParseReaction(ToString(r)), r);
  EXPECT_FALSE(ParseReaction("angry"));
  EXPECT_FALSE(ParsePostAudience("public"));
}

TEST(PostTest, ValidationNamesEachBadField) {
  PostInput in;
  in.body = "  Shipped my first dbt model!  ";
  Result<PostInput> ok = ValidatePost(in);
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->body, "Shipped my first dbt model!");

  in.body = "\u200B \u200B";
  EXPECT_EQ(FieldsOf(ValidatePost(in)), (std::vector<std::string>{"body"}));
  in.body = std::string(PostLimits::kBody + 1, 'x');
  EXPECT_EQ(FieldsOf(ValidatePost(in)), (std::vector<std::string>{"body"}));
  in.body = "hello";
  in.audience = PostAudience::kGroup;
  EXPECT_EQ(FieldsOf(ValidatePost(in)), (std::vector<std::string>{"group"}));
  in.audience = PostAudience::kMembers;
  in.group = GroupId(3);
  EXPECT_EQ(FieldsOf(ValidatePost(in)), (std::vector<std::string>{"audience"}));
  EXPECT_EQ(FieldsOf(ValidateComment("")), (std::vector<std::string>{"body"}));
  EXPECT_EQ(FieldsOf(ValidateComment(std::string(PostLimits::kComment + 1, 'x'))),
            (std::vector<std::string>{"body"}));
  EXPECT_EQ(*ValidateComment(" Nice! "), "Nice!");
}

TEST(PostTest, MentionsAreDistinctMembersInOrder) {
  EXPECT_EQ(ExtractMentions("Thanks @[Ana Lima](member:42) and @[Bo](member:7), "
                            "again @[Ana](member:42)!"),
            (std::vector<MemberId>{MemberId(42), MemberId(7)}));
  // Not mentions: no link, another scheme, a broken id, a name across lines.
  EXPECT_TRUE(ExtractMentions("@Ana [x](member:1) @[Ana](https://x) @[A](member:0) "
                              "@[A](member:12x) @[A\nB](member:5) @[A](member:")
                  .empty());
  std::string many;
  for (int i = 1; i <= 11; ++i) many += "@[M](member:" + std::to_string(i) + ") ";
  PostInput in;
  in.body = many;
  EXPECT_EQ(FieldsOf(ValidatePost(in)), (std::vector<std::string>{"body"}));
}

TEST(PostTest, AudiencesDecideWhoReads) {
  PostAccess stranger;
  EXPECT_TRUE(CanRead(PostAudience::kMembers, stranger));
  EXPECT_FALSE(CanRead(PostAudience::kConnections, stranger));
  EXPECT_FALSE(CanRead(PostAudience::kFollowers, stranger));
  PostAccess follower;
  follower.with_author.following = true;
  EXPECT_TRUE(CanRead(PostAudience::kFollowers, follower));
  EXPECT_FALSE(CanRead(PostAudience::kConnections, follower));
  EXPECT_TRUE(CanRead(PostAudience::kConnections, Connected()));
  PostAccess author;
  author.with_author.self = true;
  EXPECT_TRUE(CanRead(PostAudience::kConnections, author));
}

TEST(PostTest, BlocksWinOverEveryAudience) {
  for (bool by_author : {true, false}) {
    PostAccess a = Connected();
    (by_author ? a.with_author.blocked_by_target : a.with_author.blocking_target) = true;
    a.group_policy = JoinPolicy::kOpen;
    a.membership = {State::kMember, GroupRole::kModerator};
    for (PostAudience audience : {PostAudience::kGroup, PostAudience::kConnections,
                                  PostAudience::kFollowers, PostAudience::kMembers}) {
      EXPECT_FALSE(CanRead(audience, a));
      EXPECT_FALSE(CanComment(audience, a));
    }
  }
}

TEST(PostTest, GroupPostsFollowTheGroup) {
  const Membership member{State::kMember, GroupRole::kMember};
  EXPECT_TRUE(CanRead(PostAudience::kGroup, InGroup(JoinPolicy::kOpen, {})));
  EXPECT_FALSE(CanComment(PostAudience::kGroup, InGroup(JoinPolicy::kOpen, {})));
  EXPECT_FALSE(CanRead(PostAudience::kGroup, InGroup(JoinPolicy::kInvite, {})));
  EXPECT_TRUE(CanComment(PostAudience::kGroup, InGroup(JoinPolicy::kInvite, member)));
  // A moderator removes others' posts in the group, never edits them.
  const PostAccess mod = InGroup(JoinPolicy::kOpen, {State::kMember, GroupRole::kModerator});
  EXPECT_TRUE(CanRemove(PostAudience::kGroup, mod));
  EXPECT_FALSE(CanEdit(mod));
  EXPECT_FALSE(CanRemove(PostAudience::kGroup, InGroup(JoinPolicy::kOpen, member)));
  EXPECT_FALSE(CanRemove(PostAudience::kMembers, mod));
}

TEST(PostTest, RepliesHaveOneLevel) {
  EXPECT_TRUE(CheckReplyParent(false).ok());
  EXPECT_EQ(FieldsOf(CheckReplyParent(true)), (std::vector<std::string>{"parent"}));
}

}  // namespace
}  // namespace pln::domain
