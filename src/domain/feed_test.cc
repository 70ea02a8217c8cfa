#include "domain/feed.h"

#include <gtest/gtest.h>

#include <set>

namespace pln::domain {
namespace {

constexpr int64_t kHour = 3'600'000;
constexpr int64_t kNow = 1'000 * kHour;

// Post n by author `a`, n hours old (so lower n is newer).
FeedEntry Post(int n, int a, FeedSource source = FeedSource::kConnection) {
  FeedEntry e;
  e.post = PostId(n);
  e.author = MemberId(a);
  e.created_at = kNow - n * kHour;
  e.source = source;
  return e;
}

// "post(+folded)" per card.
std::string Shape(const std::vector<FeedCard>& cards) {
  std::string out;
  for (const FeedCard& c : cards) {
    if (!out.empty()) out += ' ';
    out += std::to_string(c.entry.post.value());
    for (PostId p : c.more_from_author) out += "+" + std::to_string(p.value());
  }
  return out;
}

std::vector<FeedCard> Newest(std::vector<FeedEntry> w, std::optional<MemberId> prev = {}) {
  return ArrangeFeedWindow(std::move(w), FeedOrder::kNewest, prev, kNow);
}

TEST(FeedTest, NewestKeepsTheOrderWhenAuthorsAlternate) {
  EXPECT_EQ(Shape(Newest({Post(1, 1), Post(2, 2), Post(3, 1), Post(4, 3)})), "1 2 3 4");
  EXPECT_TRUE(Newest({}).empty());
}

TEST(FeedTest, NoTwoCardsInARowShareAnAuthor) {
  // Ana (1) posted three times in a row, then Bo (2).
  EXPECT_EQ(Shape(Newest({Post(1, 1), Post(2, 1), Post(3, 1), Post(4, 2)})), "1 4 2+3");
  // One author only: one card with the rest folded in.
  EXPECT_EQ(Shape(Newest({Post(1, 1), Post(2, 1), Post(3, 1)})), "1+2+3");
}

TEST(FeedTest, APageDoesNotStartWithThePreviousPagesLastAuthor) {
  EXPECT_EQ(Shape(Newest({Post(5, 1), Post(6, 2)}, MemberId(1))), "6 5");
  // Unless the whole window is theirs.
  EXPECT_EQ(Shape(Newest({Post(5, 1), Post(6, 1)}, MemberId(1))), "5+6");
}

TEST(FeedTest, EveryPostOfTheWindowIsShownOnce) {
  std::vector<FeedEntry> w;
  for (int i = 1; i <= 20; ++i) w.push_back(Post(i, i % 3 == 0 ? 7 : i % 2));
  std::set<int64_t> shown;
  size_t count = 0;
  std::optional<MemberId> last;
  for (const FeedCard& c : Newest(w)) {
    EXPECT_TRUE(!last || *last != c.entry.author) << Shape(Newest(w));
    last = c.entry.author;
    shown.insert(c.entry.post.value());
    for (PostId p : c.more_from_author) shown.insert(p.value());
    count += 1 + c.more_from_author.size();
  }
  EXPECT_EQ(count, 20u);
  EXPECT_EQ(shown.size(), 20u);
}

TEST(FeedTest, FewerFromAGroupKeepsOnePostOfIt) {
  std::vector<FeedEntry> w = {Post(1, 1, FeedSource::kGroup), Post(2, 2, FeedSource::kGroup),
                              Post(3, 3, FeedSource::kGroup), Post(4, 4)};
  for (int i = 0; i < 3; ++i) {
    w[static_cast<size_t>(i)].group = GroupId(9);
    w[static_cast<size_t>(i)].fewer_from_group = true;
  }
  EXPECT_EQ(Shape(Newest(w)), "1 4");
}

TEST(FeedTest, ForYouRanksConnectionsDiscussionAndFreshness) {
  const FeedEntry fresh_connection = Post(1, 1, FeedSource::kConnection);
  const FeedEntry fresh_followed = Post(1, 2, FeedSource::kFollowed);
  FeedEntry old_connection = Post(48, 3, FeedSource::kConnection);
  EXPECT_GT(ForYouScore(fresh_connection, kNow), ForYouScore(fresh_followed, kNow));
  EXPECT_GT(ForYouScore(fresh_followed, kNow), ForYouScore(old_connection, kNow));
  FeedEntry lively = fresh_followed;
  lively.comments = 30;
  EXPECT_GT(ForYouScore(lively, kNow), ForYouScore(fresh_connection, kNow));
  FeedEntry fewer = fresh_connection;
  fewer.fewer_from_group = true;
  EXPECT_LT(ForYouScore(fewer, kNow), ForYouScore(fresh_followed, kNow));

  // The window is reordered by score, authors still never twice in a row.
  const std::vector<FeedCard> cards = ArrangeFeedWindow(
      {Post(1, 5, FeedSource::kSelf), old_connection, Post(2, 6, FeedSource::kConnection)},
      FeedOrder::kForYou, std::nullopt, kNow);
  EXPECT_EQ(Shape(cards), "2 1 48");
}

TEST(FeedTest, ReasonsSayWhyInWords) {
  FeedEntry e = Post(1, 1, FeedSource::kConnection);
  EXPECT_EQ(FeedReason(e, "Ana Lima", ""), "Ana Lima, your connection");
  e.source = FeedSource::kGroup;
  e.comments = 12;
  EXPECT_EQ(FeedReason(e, "Ana Lima", "Data Science Circle"),
            "New in Data Science Circle; 12 comments");
  e.source = FeedSource::kFollowed;
  e.comments = 2;
  EXPECT_EQ(FeedReason(e, "Ana Lima", ""), "You follow Ana Lima");
  e.source = FeedSource::kSelf;
  EXPECT_EQ(FeedReason(e, "Ana Lima", ""), "Your post");
}

}  // namespace
}  // namespace pln::domain
