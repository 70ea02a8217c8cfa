// Groups, posts and the feed over the real SQLite store (in memory): join
// policies, private groups, blocks in comments and feeds, feed pages that stay
// stable and end.
#include <gtest/gtest.h>

#include <cctype>
#include <set>
#include <string>
#include <vector>

#include "app/community/feed.h"
#include "app/community/groups.h"
#include "app/community/posts.h"
#include "base/clock.h"
#include "store/open_store.h"

namespace pln::app {
namespace {

using State = domain::Membership::State;

class CommunityTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store::StoreOptions options;
    options.database = ":memory:";
    options.pool_size = 1;
    auto store = store::OpenStore(options);
    ASSERT_TRUE(store.ok()) << store.error().message();
    store_ = std::move(store).value();
    groups_ = MakeGroups(*store_, clock_);
    posts_ = MakePosts(*store_, clock_);
    feed_ = MakeFeed(*store_, clock_);
  }

  MemberId Add(const std::string& name) {
    NewMember m;
    m.profile.name = name;
    for (char c : name) m.email += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    m.email += "@example.org";
    m.password_hash = "x";
    m.now = 1;
    MemberId id;
    Status s = store_->Write([&](Tx& tx) -> Status {
      ASSIGN_OR_RETURN(id, tx.members().Create(m));
      return Status::Ok();
    });
    EXPECT_TRUE(s.ok()) << s.error().message();
    return id;
  }
  void Connect(MemberId a, MemberId b) {
    ASSERT_TRUE(store_
                    ->Write([&](Tx& tx) {
                      return tx.connections().Connect(a, b, 1).ok() ? Status::Ok()
                                                                    : InternalError("connect");
                    })
                    .ok());
  }
  void Block(MemberId a, MemberId b) {
    ASSERT_TRUE(store_
                    ->Write([&](Tx& tx) {
                      return tx.connections().Block(a, b, 1).ok() ? Status::Ok()
                                                                  : InternalError("block");
                    })
                    .ok());
  }
  GroupId NewGroup(MemberId owner, domain::JoinPolicy policy, const std::string& name = "Data") {
    domain::GroupInput in;
    in.name = name + " Circle";
    in.policy = policy;
    auto g = groups_->Create(owner, in);
    EXPECT_TRUE(g.ok()) << g.error().message();
    return g.ok() ? g->group.id : GroupId();
  }
  PostId Post(MemberId author, const std::string& body,
              domain::PostAudience audience = domain::PostAudience::kConnections,
              std::optional<GroupId> group = std::nullopt) {
    clock_.Advance(1000);
    domain::PostInput in{body, audience, group};
    auto p = posts_->Create(author, in);
    EXPECT_TRUE(p.ok()) << p.error().message();
    return p.ok() ? p->post.id : PostId();
  }
  std::vector<std::string> FeedBodies(MemberId me, std::string* cursor = nullptr, int limit = 20) {
    auto page = feed_->Page(me, domain::FeedOrder::kNewest, cursor ? *cursor : "", limit);
    EXPECT_TRUE(page.ok()) << page.error().message();
    std::vector<std::string> out;
    if (!page.ok()) return out;
    for (const FeedCardView& c : page->items) {
      std::string b = c.post.post.content.body;
      for (const PostView& m : c.more_from_author) b += "+" + m.post.content.body;
      out.push_back(b);
    }
    if (cursor) *cursor = page->next_cursor;
    return out;
  }

  ManualClock clock_{1'000'000};
  std::unique_ptr<Store> store_;
  std::unique_ptr<Groups> groups_;
  std::unique_ptr<Posts> posts_;
  std::unique_ptr<Feed> feed_;
};

TEST_F(CommunityTest, JoiningFollowsEachPolicy) {
  const MemberId owner = Add("Owner"), ana = Add("Ana"), bo = Add("Bo");
  const GroupId open = NewGroup(owner, domain::JoinPolicy::kOpen, "Open");
  const GroupId request = NewGroup(owner, domain::JoinPolicy::kRequest, "Request");
  const GroupId invite = NewGroup(owner, domain::JoinPolicy::kInvite, "Invite");

  EXPECT_EQ(groups_->Join(ana, open)->mine.state, State::kMember);
  EXPECT_EQ(groups_->Join(ana, open).error().code(), "already_member");
  EXPECT_EQ(groups_->Join(ana, request)->mine.state, State::kRequested);
  EXPECT_EQ(groups_->Join(ana, invite).error().code(), "invite_only");
  // Only moderators answer requests and invite to an invite-only group.
  EXPECT_EQ(groups_->AnswerRequest(bo, request, ana, true).error().kind(), ErrorKind::kForbidden);
  ASSERT_TRUE(groups_->AnswerRequest(owner, request, ana, true).ok());
  EXPECT_TRUE(groups_->Get(ana, request)->can_post);
  EXPECT_EQ(groups_->Invite(ana, invite, bo).error().kind(), ErrorKind::kForbidden);
  ASSERT_TRUE(groups_->Invite(owner, invite, bo).ok());
  EXPECT_EQ(groups_->Invite(owner, invite, bo).error().code(), "already_invited");
  EXPECT_EQ(groups_->Join(bo, invite)->mine.state, State::kMember);

  // The last owner cannot leave; after handing over, they can.
  EXPECT_EQ(groups_->Leave(owner, open).error().code(), "last_owner");
  ASSERT_TRUE(groups_->SetRole(owner, open, ana, domain::GroupRole::kOwner).ok());
  EXPECT_TRUE(groups_->Leave(owner, open).ok());
  EXPECT_EQ(groups_->Get(ana, open)->group.member_count, 1);
}

TEST_F(CommunityTest, PrivateGroupsKeepTheirPostsAndMembers) {
  const MemberId owner = Add("Owner"), outsider = Add("Out");
  const GroupId g = NewGroup(owner, domain::JoinPolicy::kRequest);
  const PostId p = Post(owner, "members only", domain::PostAudience::kGroup, g);
  EXPECT_EQ(posts_->Get(outsider, p).error().kind(), ErrorKind::kNotFound);
  EXPECT_EQ(groups_->Members(outsider, g, State::kMember, "", 10).error().kind(),
            ErrorKind::kForbidden);
  // Posting needs membership even where reading does not.
  const GroupId open = NewGroup(owner, domain::JoinPolicy::kOpen, "Open");
  EXPECT_TRUE(posts_->Get(outsider, Post(owner, "hello", domain::PostAudience::kGroup, open)).ok());
  domain::PostInput in{"me too", domain::PostAudience::kGroup, open};
  EXPECT_EQ(posts_->Create(outsider, in).error().code(), "not_member");
  EXPECT_EQ(posts_->Comment(outsider, p, "let me in", std::nullopt).error().kind(),
            ErrorKind::kNotFound);
}

TEST_F(CommunityTest, CommentsHaveOneLevelAndBlocksHideThem) {
  const MemberId a = Add("Ana"), b = Add("Bo"), c = Add("Cy");
  Connect(a, b);
  Connect(a, c);
  const PostId p = Post(a, "Shipped my first model", domain::PostAudience::kMembers);
  auto top = posts_->Comment(b, p, "Congrats!", std::nullopt);
  ASSERT_TRUE(top.ok()) << top.error().message();
  auto reply = posts_->Comment(c, p, "Well done", top->comment.id);
  ASSERT_TRUE(reply.ok());
  EXPECT_EQ(posts_->Comment(a, p, "deeper", reply->comment.id).error().kind(),
            ErrorKind::kValidation);
  auto page = posts_->Comments(a, p, "", 10);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->items.size(), 1u);
  EXPECT_EQ(page->items[0].replies.size(), 1u);

  // After c blocks b, neither sees the other's comments (b's thread goes with b).
  Block(c, b);
  EXPECT_TRUE(posts_->Comments(c, p, "", 10)->items.empty());
  EXPECT_TRUE(posts_->Comments(b, p, "", 10)->items[0].replies.empty());
  // And b's posts are gone for c: a block wins over "all members".
  EXPECT_EQ(posts_->Get(c, Post(b, "hi all", domain::PostAudience::kMembers)).error().kind(),
            ErrorKind::kNotFound);
}

TEST_F(CommunityTest, ReactionsAreOnePerMemberAndCounted) {
  const MemberId a = Add("Ana"), b = Add("Bo");
  const PostId p = Post(a, "Demo day", domain::PostAudience::kMembers);
  ASSERT_TRUE(posts_->React(b, p, domain::Reaction::kLike).ok());
  auto v = posts_->React(b, p, domain::Reaction::kCelebrate);
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(v->my_reaction, domain::Reaction::kCelebrate);
  EXPECT_EQ(v->post.reactions.size(), 1u);
  EXPECT_EQ(v->post.reactions.at(domain::Reaction::kCelebrate), 1);
  EXPECT_FALSE(posts_->Unreact(b, p)->my_reaction.has_value());
}

TEST_F(CommunityTest, TheFeedPagesStablyFoldsAuthorsAndEnds) {
  const MemberId me = Add("Me"), ana = Add("Ana"), bo = Add("Bo"), blocked = Add("Zed");
  Connect(me, ana);
  Connect(me, bo);
  const GroupId g = NewGroup(me, domain::JoinPolicy::kOpen);
  ASSERT_TRUE(groups_->Join(blocked, g).ok());
  Post(bo, "b1");
  Post(ana, "a1");
  Post(blocked, "z1", domain::PostAudience::kGroup, g);
  Post(ana, "a2");
  Post(ana, "a3");
  Post(bo, "b2");
  Block(me, blocked);

  std::string cursor;
  // Newest first, never Ana twice in a row; the blocked member's group post is gone.
  EXPECT_EQ(FeedBodies(me, &cursor, 3), (std::vector<std::string>{"b2", "a3+a2"}));
  ASSERT_FALSE(cursor.empty());
  // A post arriving now does not shift the next page.
  Post(bo, "b3");
  // The page does not start with Ana, whose card ended the one before.
  EXPECT_EQ(FeedBodies(me, &cursor, 3), (std::vector<std::string>{"b1", "a1"}));
  EXPECT_TRUE(cursor.empty());  // all caught up
  EXPECT_EQ(FeedBodies(me)[0], "b3");

  // Hidden posts never come back.
  auto first = feed_->Page(me, domain::FeedOrder::kNewest, "", 1);
  ASSERT_TRUE(posts_->HideFromFeed(me, first->items[0].post.post.id).ok());
  EXPECT_EQ(FeedBodies(me, nullptr, 1)[0], "b2");
  EXPECT_EQ(feed_->Page(me, domain::FeedOrder::kNewest, "nonsense", 5).error().code(),
            "bad_cursor");
}

TEST_F(CommunityTest, ForYouSaysWhy) {
  const MemberId me = Add("Me"), ana = Add("Ana");
  Connect(me, ana);
  Post(ana, "a1");
  auto page = feed_->Page(me, domain::FeedOrder::kForYou, "", 10);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->items.size(), 1u);
  EXPECT_EQ(page->items[0].reason, "Ana, your connection");
}

}  // namespace
}  // namespace pln::app
